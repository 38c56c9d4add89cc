import { route } from "@/lib/app";
import { customerPortalUrl } from "@/lib/billing";
import { portalResponse } from "@/lib/billing/responses";

/** A link to the payment provider's customer portal (cards, invoices), or the simulator's. */
export const GET = route({ auth: "session", permission: { billing: ["manage"] }, response: portalResponse }, ({ tenant }) => customerPortalUrl(tenant));
