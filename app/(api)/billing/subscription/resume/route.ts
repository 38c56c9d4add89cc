import { route } from "@/lib/app";
import { resumeSubscription } from "@/lib/billing";

export const POST = route({ auth: "session", permission: { billing: ["manage"] } }, ({ tenant }) => resumeSubscription(tenant));
