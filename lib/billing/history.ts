import type { Interval } from "./plans";
import type { BillingState } from "./state";

/**
 * Standings that rest on a subscription (or on a complimentary plan, which has no interval): the
 * only ones whose history rows carry an interval. Free, trialing and canceled never do.
 */
const intervalStates: readonly BillingState[] = ["active", "past_due", "suspended"];

/**
 * The interval a tenant has after a move to `to`: none outside the subscription standings; else
 * the one the caller names (a subscription's, or null for a complimentary plan), else the one it
 * had (dunning and suspension do not change what the tenant subscribed to).
 */
export function intervalAfter(to: BillingState, named: Interval | null | undefined, previous: Interval | null): Interval | null {
  if (!intervalStates.includes(to)) return null;
  return named !== undefined ? named : previous;
}
