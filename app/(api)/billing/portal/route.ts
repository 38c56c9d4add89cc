import { route } from "@/lib/app";
import { customerPortalUrl } from "@/lib/billing";
import { portalResponse } from "@/lib/billing/responses";

export const GET = route({ auth: "session", permission: { billing: ["manage"] }, response: portalResponse }, ({ tenant }) => customerPortalUrl(tenant));
