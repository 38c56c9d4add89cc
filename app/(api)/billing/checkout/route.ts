import { route } from "@/lib/app";
import { createSubscriptionCheckout, planChoice } from "@/lib/billing";

export const POST = route({ auth: "session", permission: { billing: ["manage"] }, body: planChoice, idempotent: true }, ({ tenant, user, body }) =>
  createSubscriptionCheckout(tenant, user, body),
);
