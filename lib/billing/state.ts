import type { Executor } from "@/db/client";
import { billingStateChanges } from "@/db/schema/billing";
import { emit } from "@/lib/jobs";
import { logger } from "@/lib/observability";
import { isPlanState, planStates, type PlanState } from "@/lib/plans";
import { readBillingAccount, writeBillingAccount, type BillingAccountPatch } from "./account";
import { billingIds } from "./catalog";

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
  trialing: ["active", "free", "canceled"],
  active: ["past_due", "canceled"],
  past_due: ["active", "suspended", "canceled"],
  suspended: ["active", "canceled"],
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
 */
export async function transitionBillingState(
  tx: Executor,
  input: { tenantId: string; to: BillingState; reason: string; at: Date; fields?: TransitionFields },
): Promise<boolean> {
  const tenant = await readBillingAccount(tx, input.tenantId, { lock: true });
  const from = tenant.state;
  if (from !== input.to && !canTransition(from, input.to)) {
    logger.warn("billing: illegal transition refused", { tenantId: input.tenantId, from, to: input.to, reason: input.reason });
    return false;
  }
  await writeBillingAccount(tx, input.tenantId, { state: input.to, ...input.fields }, input.at);
  if (from !== input.to) {
    const recoveredAfterMs = from === "past_due" || from === "suspended" ? recoveryTime(tenant.pastDueSince, input.at) : null;
    await tx.insert(billingStateChanges).values({
      id: billingIds.newId("stateChange"),
      tenantId: input.tenantId,
      from,
      to: input.to,
      reason: input.reason,
      recoveredAfterMs: input.to === "active" ? recoveredAfterMs : null,
      at: input.at,
    });
    await emit(tx, "billing.state_changed", { tenantId: input.tenantId, from, to: input.to, reason: input.reason });
  }
  return true;
}

function recoveryTime(since: Date | null, at: Date): number | null {
  return since ? Math.max(0, at.getTime() - since.getTime()) : null;
}
