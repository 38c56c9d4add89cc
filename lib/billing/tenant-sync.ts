import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { subscriptions } from "@/db/schema/billing";
import { billingEnv } from "@/lib/billing/env";
import { readBillingAccount } from "./account";
import { sendDunningNotice } from "./dunning-notices";
import type { Interval } from "./plans";
import { canTransition, transitionBillingState, type BillingState } from "./state";

const day = 86_400_000;

/** A subscription row's interval, as the history records it. */
const intervalOf = (row: { interval: string }): Interval => (row.interval === "year" ? "year" : "month");

/**
 * Not paying, but not over: the provider's past-due window (Dodo 2.52's `past_due`), on hold after
 * it, and paused (by the merchant or the customer). All three are dunning for the tenant.
 */
const unpaidStatuses = ["past_due", "on_hold", "paused"];

/** Standings a subscription paid for: only these end when a subscription is over. */
const paidStates: readonly BillingState[] = ["active", "past_due", "suspended"];

/**
 * Derives the tenant's billing state from its subscriptions: any active → active; else any unpaid
 * → past_due (grace starts now, once per episode, until the provider's own deadline when it gave
 * one); else any over → canceled. A `failed` subscription never ran (its checkout did not
 * complete), so it ends nothing a trial or the free plan gave; it ends a paid standing only.
 * The state machine refuses moves its table does not allow.
 */
export async function syncTenantState(tx: Executor, tenantId: string, at: Date, reason: string, opts: { providerGraceUntil?: Date | null } = {}): Promise<string> {
  const rows = await tx.select().from(subscriptions).where(eq(subscriptions.tenantId, tenantId)).orderBy(desc(subscriptions.createdAt), desc(subscriptions.id));
  const active = rows.find((s) => s.status === "active");
  const unpaid = rows.find((s) => unpaidStatuses.includes(s.status));
  const current: BillingState = (await readBillingAccount(tx, tenantId)).state;
  const ended = rows.some((s) => s.status === "cancelled" || s.status === "expired" || (s.status === "failed" && paidStates.includes(current)));
  let moved: boolean;
  if (active) {
    moved = await transitionBillingState(tx, { tenantId, to: "active", reason, at, interval: intervalOf(active), fields: { plan: active.plan, currentPeriodStart: active.currentPeriodStart, currentPeriodEnd: active.currentPeriodEnd, trialEndsAt: null, graceUntil: null, pastDueSince: null } });
  } else if (unpaid) {
    if (current === "past_due" || current === "suspended") return "applied: still in dunning";
    // Unpaid means it was active first: when events arrive out of order (on_hold before
    // active), take the step the late event would have taken, so every order ends alike.
    if (!canTransition(current, "past_due") && canTransition(current, "active")) {
      await transitionBillingState(tx, { tenantId, to: "active", reason: `${reason} (implied: was active before on hold)`, at, interval: intervalOf(unpaid), fields: { plan: unpaid.plan, trialEndsAt: null } });
    }
    const graceUntil = opts.providerGraceUntil ?? new Date(at.getTime() + billingEnv.BILLING_GRACE_DAYS * day);
    moved = await transitionBillingState(tx, { tenantId, to: "past_due", reason, at, interval: intervalOf(unpaid), fields: { plan: unpaid.plan, graceUntil, pastDueSince: at } });
    if (moved) await sendDunningNotice(tx, { tenantId, stage: "day0", pastDueSince: at, graceUntil });
  } else if (ended) {
    moved = await transitionBillingState(tx, { tenantId, to: "canceled", reason, at, fields: { plan: "free", graceUntil: null, pastDueSince: null } });
  } else {
    return "applied: no state change";
  }
  return moved ? "applied" : `refused: ${current} → illegal transition`;
}

/**
 * The provider's end of the past-due window (`past_due_ends_at`) is the tenant's grace date:
 * Dodo moves the subscription on at that moment, so Keel suspends then too. Adopted while the
 * tenant is past due in an episode that began before that deadline (a late event of an earlier
 * episode must not cut a later one short). Returns whether graceUntil changed.
 */
export async function adoptProviderGrace(tx: Executor, tenantId: string, deadline: Date, at: Date, reason: string): Promise<boolean> {
  const account = await readBillingAccount(tx, tenantId, { lock: true });
  if (account.state !== "past_due" || !account.pastDueSince) return false;
  if (deadline.getTime() <= account.pastDueSince.getTime()) return false;
  if (account.graceUntil?.getTime() === deadline.getTime()) return false;
  return transitionBillingState(tx, { tenantId, to: "past_due", reason: `${reason} (grace until the provider's deadline)`, at, fields: { graceUntil: deadline } });
}
