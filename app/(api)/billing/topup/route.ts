import { route } from "@/lib/app";
import { createTopupCheckout, packChoice } from "@/lib/billing";
import { checkoutResponse } from "@/lib/billing/responses";

/** Buys a credit pack with a one-time payment; answers the checkout URL. */
export const POST = route({ auth: "session", permission: { billing: ["manage"] }, body: packChoice, idempotent: true, response: checkoutResponse }, ({ tenant, user, body }) =>
  createTopupCheckout(tenant, user, body),
);
