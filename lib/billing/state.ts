import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { billingStateChanges } from "@/db/schema/billing";
import { tenants } from "@/db/schema/tenants";
import { emit } from "@/lib/jobs";
import { logger } from "@/lib/observability";
import { billingIds } from "./catalog";

export const billingStates = ["free", "trialing", "active", "past_due", "suspended", "canceled"] as const;
export type BillingState = (typeof billingStates)[number];

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

export function isBillingState(value: string): value is BillingState {
  return (billingStates as readonly string[]).includes(value);
}

export type TransitionFields = {
  plan?: string;
  trialEndsAt?: Date | null;
  currentPeriodEnd?: Date | null;
  graceUntil?: Date | null;
  pastDueSince?: Date | null;
};

/**
 * Moves a tenant to `to` if the table allows it, recording why and announcing it. Returns false
 * (and changes nothing) for an illegal move. Staying in the same state only updates the fields.
 * Locks the tenant row, so concurrent webhooks for one tenant apply one after the other.
 */
export async function transitionBillingState(
  tx: Executor,
  input: { tenantId: string; to: BillingState; reason: string; at: Date; fields?: TransitionFields },
): Promise<boolean> {
  const [tenant] = await tx
    .select({ state: tenants.billingState, pastDueSince: tenants.pastDueSince })
    .from(tenants)
    .where(eq(tenants.id, input.tenantId))
    .for("update");
  if (!tenant || !isBillingState(tenant.state)) return false;
  const from = tenant.state;
  if (from !== input.to && !canTransition(from, input.to)) {
    logger.warn("billing: illegal transition refused", { tenantId: input.tenantId, from, to: input.to, reason: input.reason });
    return false;
  }
  await tx
    .update(tenants)
    .set({ billingState: input.to, ...input.fields })
    .where(eq(tenants.id, input.tenantId));
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
