import { route } from "@/lib/http";
import { resumeSubscription } from "@/lib/billing";

export const POST = route({ auth: "session", permission: { billing: ["manage"] } }, ({ tenant }) => resumeSubscription(tenant));
