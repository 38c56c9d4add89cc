/**
 * A tenant's standing, as billing reports it. Core reads it to decide entitlements; billing owns
 * the moves between them (lib/billing/state.ts).
 */
export const planStates = ["free", "trialing", "active", "past_due", "suspended", "canceled"] as const;
export type PlanState = (typeof planStates)[number];

export function isPlanState(value: string): value is PlanState {
  return (planStates as readonly string[]).includes(value);
}
