import { route } from "@/lib/app";
import { customerPortalUrl } from "@/lib/billing";

export const GET = route({ auth: "session", permission: { billing: ["manage"] } }, ({ tenant }) => customerPortalUrl(tenant));
