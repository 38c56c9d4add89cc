import { route } from "@/lib/http";
import { customerPortalUrl } from "@/lib/billing";

export const GET = route({ auth: "session", permission: { billing: ["manage"] } }, ({ tenant }) => customerPortalUrl(tenant));
