import type { Executor } from "@/db/client";
import { billingStateChanges } from "@/db/schema/billing";
import { emit } from "@/lib/jobs";
import { logger } from "@/lib/observability";
import { isPlanState, planStates, type PlanState } from "@/lib/plans";
import { readBillingAccount, writeBillingAccount, type BillingAccountPatch } from "./account";
import { billingIds } from "./catalog";
import { intervalAfter } from "./history";
import type { Interval } from "./plans";

/** Billing moves a tenant between core's standings (lib/plans/states.ts). */
export const billingStates = planStates;
export type BillingState = PlanState;

/**
 * Every allowed move, in one table. Anything else is refused and logged: a bug or a stale event
 * must not be able to put a tenant somewhere the business rules never lead.
 */
export const transitions: Record<BillingState, readonly BillingState[]> = {
  // canceled from free: a subscription that ended before its activation was ever seen.
  free: ["trialing", "active", "canceled"],
  // suspended from trialing and active: a platform admin's suspension (lib/billing/admin-actions.ts).
  trialing: ["active", "free", "canceled", "suspended"],
  // free from active: a complimentary plan ended (there is no subscription to cancel).
  active: ["past_due", "canceled", "suspended", "free"],
  past_due: ["active", "suspended", "canceled"],
  // past_due and trialing from suspended: an admin lifting a suspension returns the tenant to
  // where it was (a dunning tenant to dunning, with fresh grace; a trial to its trial).
  suspended: ["active", "past_due", "trialing", "canceled"],
  canceled: ["active", "free"],
};

export function canTransition(from: BillingState, to: BillingState): boolean {
  return transitions[from].includes(to);
}

export const isBillingState = isPlanState;

export type TransitionFields = Omit<BillingAccountPatch, "state">;

/**
 * Moves a tenant to `to` if the table allows it, recording why and announcing it. Returns false
 * (and changes nothing) for an illegal move. Staying in the same state only updates the fields.
 * Locks the tenant's plan row, so concurrent webhooks for one tenant apply one after the other.
 *
 * Every change of state, plan or interval leaves a history row with the plan and interval after
 * it (an upgrade is an active → active row): revenue is replayed from that table. `interval` is
 * the subscription's (null: none, a complimentary plan); omitted, the tenant keeps the one it had.
 */
export async function transitionBillingState(
  tx: Executor,
  input: { tenantId: string; to: BillingState; reason: string; at: Date; fields?: TransitionFields; interval?: Interval | null },
): Promise<boolean> {
  const tenant = await readBillingAccount(tx, input.tenantId, { lock: true });
  const from = tenant.state;
  if (from !== input.to && !canTransition(from, input.to)) {
    logger.warn("billing: illegal transition refused", { tenantId: input.tenantId, from, to: input.to, reason: input.reason });
    return false;
  }
  const previousInterval = tenant.interval;
  const interval = intervalAfter(input.to, input.interval, previousInterval);
  // tenant_plans carries the interval too: the admin's tenant list and its MRR read it there.
  await writeBillingAccount(tx, input.tenantId, { state: input.to, ...input.fields, interval }, input.at);
  const plan = input.fields?.plan ?? tenant.plan;
  if (from !== input.to || plan !== tenant.plan || interval !== previousInterval) {
    const recoveredAfterMs = from === "past_due" || from === "suspended" ? recoveryTime(tenant.pastDueSince, input.at) : null;
    await tx.insert(billingStateChanges).values({
      id: billingIds.newId("stateChange"),
      tenantId: input.tenantId,
      from,
      to: input.to,
      plan,
      interval,
      reason: input.reason,
      recoveredAfterMs: input.to === "active" && from !== "active" ? recoveredAfterMs : null,
      at: input.at,
    });
  }
  if (from !== input.to) await emit(tx, "billing.state_changed", { tenantId: input.tenantId, from, to: input.to, reason: input.reason });
  return true;
}

function recoveryTime(since: Date | null, at: Date): number | null {
  return since ? Math.max(0, at.getTime() - since.getTime()) : null;
}
