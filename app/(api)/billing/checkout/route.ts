import { route } from "@/lib/http";
import { createSubscriptionCheckout, planChoice } from "@/lib/billing";

export const POST = route({ auth: "session", permission: { billing: ["manage"] }, body: planChoice }, ({ tenant, user, body }) =>
  createSubscriptionCheckout(tenant, user, body),
);
