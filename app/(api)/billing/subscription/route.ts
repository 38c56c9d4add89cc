import { route } from "@/lib/app";
import { cancelInput, cancelSubscription, changePlan, getSubscription, planChoice } from "@/lib/billing";
import { subscriptionResponse } from "@/lib/billing/responses";

/** The tenant's plan, subscription status, period and pending changes. */
export const GET = route({ auth: "session", permission: { billing: ["read"] }, response: subscriptionResponse }, ({ tenant }) => getSubscription(tenant));

/** Change plan or interval. */
export const PATCH = route({ auth: "session", permission: { billing: ["manage"] }, body: planChoice, response: subscriptionResponse }, ({ tenant, body }) =>
  changePlan(tenant, body),
);

/** Cancel, with a required reason (and a comment when the reason is `other`). */
export const DELETE = route({ auth: "session", permission: { billing: ["manage"] }, body: cancelInput, response: subscriptionResponse }, ({ tenant, body }) =>
  cancelSubscription(tenant, body),
);
