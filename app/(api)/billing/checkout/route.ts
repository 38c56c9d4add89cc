import { route } from "@/lib/app";
import { createSubscriptionCheckout, planChoice } from "@/lib/billing";
import { checkoutResponse } from "@/lib/billing/responses";

export const POST = route({ auth: "session", permission: { billing: ["manage"] }, body: planChoice, idempotent: true, response: checkoutResponse }, ({ tenant, user, body }) =>
  createSubscriptionCheckout(tenant, user, body),
);
