import { route } from "@/lib/app";
import { createSubscriptionCheckout, planChoice } from "@/lib/billing";
import { checkoutResponse } from "@/lib/billing/responses";

/** Starts a checkout for a plan or a credit pack; answers the provider's (or the simulator's) checkout URL. */
export const POST = route({ auth: "session", permission: { billing: ["manage"] }, body: planChoice, idempotent: true, response: checkoutResponse }, ({ tenant, user, body }) =>
  createSubscriptionCheckout(tenant, user, body),
);
