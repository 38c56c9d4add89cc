/**
 * A tenant's standing, as billing reports it. Core reads it to decide entitlements; billing owns
 * the moves between them (lib/billing/state.ts).
 */
export const planStates = ["free", "trialing", "active", "past_due", "suspended", "canceled"] as const;
export type PlanState = (typeof planStates)[number];

/** Standings that pay for the subscribed plan: it applies, and its billing cycle goes on. */
export const payingStates: ReadonlySet<PlanState> = new Set(["active", "past_due", "trialing"]);

export function isPlanState(value: string): value is PlanState {
  return (planStates as readonly string[]).includes(value);
}
