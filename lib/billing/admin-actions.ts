import { and, desc, eq, inArray } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { billingStateChanges, subscriptions } from "@/db/schema/billing";
import { tenants } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import type { UserContext } from "@/lib/tenants/context";
import { readBillingAccount, type BillingAccount } from "./account";
import type { AdminActionResponse } from "./admin-schemas";
import { billingEnv } from "./env";
import { billingError } from "./catalog";
import { trialPlan, type PlanId } from "./plans";
import { canTransition, transitionBillingState, type BillingState, type TransitionFields } from "./state";

/**
 * A platform admin's actions on a tenant's billing. Each goes through the state machine, so a move
 * its table refuses answers 409 `billing_action_not_allowed`; each is audited with the admin as
 * actor, the tenant as tenant (its owner sees it in their audit log) and the reason in the data.
 */
type Admin = Pick<UserContext, "userId" | "ipAddress" | "userAgent">;

const day = 86_400_000;

/** Subscription statuses that still bill (or try to): a tenant with one is not comped over it. */
const liveStatuses = ["pending", "active", "on_hold", "past_due", "paused"];

/** Whether the tenant has a live subscription at the provider. */
export async function hasLiveSubscription(tx: Executor, tenantId: string): Promise<boolean> {
  const rows = await tx.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.tenantId, tenantId), inArray(subscriptions.status, liveStatuses))).limit(1);
  return rows.length > 0;
}

/** Comped: active on a plan with no subscription (so no interval). */
async function isComped(tx: Executor, account: BillingAccount): Promise<boolean> {
  return account.state === "active" && account.interval === null && !(await hasLiveSubscription(tx, account.tenantId));
}

type Step = { to: BillingState; fields?: TransitionFields; interval?: null; data?: Record<string, unknown> };

/**
 * Runs one action: finds the tenant (404), locks its account, lets `decide` pick the move (or throw),
 * applies it through the state machine, and audits it — all in one transaction.
 */
async function act(admin: Admin, input: { tenantId: string; reason: string }, action: `billing.${string}`, decide: (tx: Executor, account: BillingAccount, now: Date) => Promise<Step>): Promise<AdminActionResponse> {
  return db.transaction(async (tx) => {
    const [tenant] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, input.tenantId));
    if (!tenant) throw errors.notFound("Tenant");
    const now = new Date();
    const before = await readBillingAccount(tx, input.tenantId, { lock: true });
    const step = await decide(tx, before, now);
    const moved = await transitionBillingState(tx, { tenantId: input.tenantId, to: step.to, reason: `${action}: ${input.reason}`, at: now, fields: step.fields, ...(step.interval === null ? { interval: null } : {}) });
    if (!moved) throw notAllowed(`A ${before.state} tenant cannot move to ${step.to}.`);
    await recordAudit(tx, {
      action,
      tenantId: input.tenantId,
      actorId: admin.userId,
      targetType: "tenant",
      targetId: input.tenantId,
      data: { reason: input.reason, from: before.state, to: step.to, ...step.data },
      ipAddress: admin.ipAddress,
      userAgent: admin.userAgent,
    });
    return standing(tx, input.tenantId);
  });
}

const notAllowed = (message: string) => billingError("billing_action_not_allowed", message);

/** The tenant's standing, as the actions answer it. */
export async function standing(executor: Executor, tenantId: string): Promise<AdminActionResponse> {
  const account = await readBillingAccount(executor, tenantId);
  return {
    tenantId,
    state: account.state,
    plan: account.plan,
    trialEndsAt: account.trialEndsAt?.toISOString() ?? null,
    graceUntil: account.graceUntil?.toISOString() ?? null,
    comped: await isComped(executor, account),
  };
}

/** Suspends a trialing, active or past-due tenant: paid features answer 402, its data stays. */
export function suspendTenantBilling(admin: Admin, input: { tenantId: string; reason: string }) {
  return act(admin, input, "billing.suspended", async (_tx, account) => {
    if (!canTransition(account.state, "suspended")) throw notAllowed(`A ${account.state} tenant cannot be suspended.`);
    return { to: "suspended" };
  });
}

/**
 * Lifts a suspension: the tenant returns to the standing it was suspended from. A tenant that was
 * in dunning gets a fresh grace period (BILLING_GRACE_DAYS) to pay, instead of being suspended
 * again by the next clock run.
 */
export function unsuspendTenantBilling(admin: Admin, input: { tenantId: string; reason: string }) {
  return act(admin, input, "billing.unsuspended", async (tx, account, now) => {
    if (account.state !== "suspended") throw notAllowed(`The tenant is ${account.state}, not suspended.`);
    const [last] = await tx
      .select({ from: billingStateChanges.from })
      .from(billingStateChanges)
      .where(and(eq(billingStateChanges.tenantId, account.tenantId), eq(billingStateChanges.to, "suspended")))
      .orderBy(desc(billingStateChanges.at), desc(billingStateChanges.id))
      .limit(1);
    if (last?.from === "past_due") return { to: "past_due", fields: { graceUntil: new Date(now.getTime() + billingEnv.BILLING_GRACE_DAYS * day) } };
    if (last?.from === "trialing") return { to: "trialing" };
    return { to: "active" };
  });
}

/** Adds `days` to a running trial; a free tenant (its trial over, or never had one) gets a new trial of `days` from now. */
export function extendTrial(admin: Admin, input: { tenantId: string; reason: string; days: number }) {
  return act(admin, input, "billing.trial_extended", async (_tx, account, now) => {
    if (account.state === "trialing") {
      const base = Math.max(account.trialEndsAt?.getTime() ?? now.getTime(), now.getTime());
      const trialEndsAt = new Date(base + input.days * day);
      return { to: "trialing", fields: { trialEndsAt }, data: { days: input.days, trialEndsAt: trialEndsAt.toISOString() } };
    }
    if (account.state === "free") {
      const trialEndsAt = new Date(now.getTime() + input.days * day);
      return { to: "trialing", fields: { plan: trialPlan, trialEndsAt }, data: { days: input.days, trialEndsAt: trialEndsAt.toISOString() } };
    }
    throw notAllowed(`Only a trialing or free tenant's trial can be extended; this one is ${account.state}.`);
  });
}

/**
 * Gives a tenant `plan` for free: its entitlements, state active, no subscription, no period and
 * so no revenue. Refused while the tenant has a live subscription (cancel that first: the
 * provider would go on charging it).
 */
export function compPlan(admin: Admin, input: { tenantId: string; reason: string; plan: Exclude<PlanId, "free"> }) {
  return act(admin, input, "billing.comped", async (tx, account) => {
    if (await hasLiveSubscription(tx, account.tenantId)) throw notAllowed("The tenant has a live subscription; cancel it before giving a complimentary plan.");
    return { to: "active", interval: null, fields: { plan: input.plan, currentPeriodEnd: null, trialEndsAt: null, graceUntil: null, pastDueSince: null }, data: { plan: input.plan, previousPlan: account.plan } };
  });
}

/** Ends a complimentary plan: the tenant falls back to free (its data stays). */
export function endComp(admin: Admin, input: { tenantId: string; reason: string }) {
  return act(admin, input, "billing.comp_ended", async (tx, account) => {
    if (!(await isComped(tx, account))) throw notAllowed("The tenant is not on a complimentary plan.");
    return { to: "free", fields: { plan: "free" }, data: { plan: account.plan } };
  });
}
