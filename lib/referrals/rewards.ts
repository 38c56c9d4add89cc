import { and, asc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { billingCustomers } from "@/db/schema/billing";
import { events } from "@/db/schema/jobs";
import { referrals } from "@/db/schema/referrals";
import { tenantMembers } from "@/db/schema/tenants";
import { clawBackGrant, grantCredits } from "@/lib/credits";
import { defineJob } from "@/lib/jobs";
import { referralKeys } from "./keys";

/** Reads a subscribed event's data by id (the events table is the outbox). */
async function eventData(eventId: string) {
  const [event] = await db.select({ data: events.data, tenantId: events.tenantId }).from(events).where(eq(events.id, eventId));
  return event ?? null;
}

const startOfMonth = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));

/**
 * A referred tenant's first payment converts its referral: `signed_up` → `held` until the hold
 * ends, or `refused` when the payer is a payment customer of one of the referrer's tenants, or `capped` past the
 * referrer's monthly cap. One conditional update from `signed_up` decides, so twenty payment
 * events at once convert it once. The referred tenant is one the referred user owns.
 */
export async function convertOnPayment(input: { tenantId: string; paymentId: string; amount: number; customerId?: string | null }, now = new Date()): Promise<"held" | "refused" | "capped" | null> {
  if (input.amount <= 0) return null;
  const { REFERRAL_HOLD_DAYS, REFERRAL_MONTHLY_CAP } = referralKeys();
  return db.transaction(async (tx) => {
    const [referral] = await tx
      .select({ id: referrals.id, referrerId: referrals.referrerId })
      .from(referrals)
      .innerJoin(tenantMembers, and(eq(tenantMembers.userId, referrals.referredUserId), eq(tenantMembers.tenantId, input.tenantId), eq(tenantMembers.role, "owner")))
      .where(eq(referrals.status, "signed_up"))
      .for("update", { of: referrals });
    if (!referral) return null;
    const referrerTenants = await tx.select({ tenantId: tenantMembers.tenantId }).from(tenantMembers).where(eq(tenantMembers.userId, referral.referrerId));
    const ids = referrerTenants.map((t) => t.tenantId);
    // The payer: the payment's own customer, else the one the referred tenant is known by.
    const [known] = await tx.select({ customerId: billingCustomers.customerId }).from(billingCustomers).where(eq(billingCustomers.tenantId, input.tenantId));
    const payer = input.customerId ?? known?.customerId ?? null;
    const [sharedPayer] = payer && ids.length > 0 ? await tx.select({ tenantId: billingCustomers.tenantId }).from(billingCustomers).where(and(eq(billingCustomers.customerId, payer), inArray(billingCustomers.tenantId, ids))) : [];
    const sameCustomer = Boolean(sharedPayer);
    const [month] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(referrals)
      .where(and(eq(referrals.referrerId, referral.referrerId), inArray(referrals.status, ["held", "rewarded", "clawed_back"]), gte(referrals.convertedAt, startOfMonth(now))));
    const status = sameCustomer ? "refused" : (month?.n ?? 0) >= REFERRAL_MONTHLY_CAP ? "capped" : "held";
    const [changed] = await tx
      .update(referrals)
      .set({ status, reason: sameCustomer ? "same_payment_customer" : status === "capped" ? "monthly_cap" : null, referredTenantId: input.tenantId, paymentId: input.paymentId, convertedAt: now, heldUntil: new Date(now.getTime() + REFERRAL_HOLD_DAYS * 86_400_000) })
      .where(and(eq(referrals.id, referral.id), eq(referrals.status, "signed_up")))
      .returning({ status: referrals.status });
    return changed?.status === "held" || changed?.status === "refused" || changed?.status === "capped" ? changed.status : null;
  });
}

/** The tenant a referrer's reward goes to: the oldest they own, else the oldest they belong to. */
async function rewardTenantOf(userId: string): Promise<string | null> {
  const [tenant] = await db
    .select({ tenantId: tenantMembers.tenantId })
    .from(tenantMembers)
    .where(eq(tenantMembers.userId, userId))
    .orderBy(sql`${tenantMembers.role} <> 'owner'`, asc(tenantMembers.createdAt))
    .limit(1);
  return tenant?.tenantId ?? null;
}

/**
 * Rewards the referrals whose hold is over: credits to the referred tenant and to the referrer's,
 * keyed `referral:<id>:referred` / `:referrer` (a rerun grants nothing twice), and `held` →
 * `rewarded` in the same transaction, conditional on still being held (a refund may have come).
 */
export async function releaseRewards(now = new Date()): Promise<number> {
  const { REFERRAL_REWARD_CREDITS } = referralKeys();
  const due = await db.select().from(referrals).where(and(eq(referrals.status, "held"), lte(referrals.heldUntil, now)));
  let rewarded = 0;
  for (const referral of due) {
    const referrerTenant = await rewardTenantOf(referral.referrerId);
    const done = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .update(referrals)
        .set({ status: "rewarded", rewardedAt: now, rewardCredits: REFERRAL_REWARD_CREDITS, referrerTenantId: referrerTenant })
        .where(and(eq(referrals.id, referral.id), eq(referrals.status, "held")))
        .returning({ id: referrals.id });
      if (!claimed || REFERRAL_REWARD_CREDITS === 0) return Boolean(claimed);
      const reason = `Referral ${referral.id}`;
      await grantCredits({ tenantId: referral.referredTenantId!, amount: REFERRAL_REWARD_CREDITS, source: "referral", reason, idempotencyKey: `referral:${referral.id}:referred` }, tx);
      if (referrerTenant) await grantCredits({ tenantId: referrerTenant, amount: REFERRAL_REWARD_CREDITS, source: "referral", reason, idempotencyKey: `referral:${referral.id}:referrer` }, tx);
      return true;
    });
    if (done) rewarded++;
  }
  return rewarded;
}

/**
 * A refund or dispute of the payment that converted a referral takes the reward back: a held one
 * is cancelled before any credit moved; a rewarded one has both grants clawed back (down to a zero
 * balance, never below: lib/credits). `clawed_back` either way, once.
 */
export async function clawBackOnRefund(input: { paymentId: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [referral] = await tx
      .update(referrals)
      .set({ status: "clawed_back", reason: "refunded" })
      .where(and(eq(referrals.paymentId, input.paymentId), inArray(referrals.status, ["held", "rewarded"])))
      .returning();
    if (!referral) return false;
    if (referral.rewardCredits > 0) {
      const sides = [
        { tenantId: referral.referredTenantId, key: `referral:${referral.id}:referred` },
        { tenantId: referral.referrerTenantId, key: `referral:${referral.id}:referrer` },
      ];
      for (const side of sides) {
        if (!side.tenantId) continue;
        await clawBackGrant({ tenantId: side.tenantId, grantKey: side.key, portion: 1, reason: `Referral ${referral.id} refunded`, idempotencyKey: `${side.key}:clawback` }, tx);
      }
    }
    return true;
  });
}

const eventJob = (id: string, handle: (data: Record<string, unknown>) => Promise<unknown>) =>
  defineJob({
    id,
    schema: z.object({ eventId: z.string() }),
    run: async ({ eventId }) => {
      const event = await eventData(eventId);
      if (event) await handle(event.data);
    },
  });

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** Billing's `payment.succeeded`, read by type name: the first one converts the referral. */
export const convertOnPaymentJob = eventJob("referrals.convert", (data) => convertOnPayment({ tenantId: text(data.tenantId), paymentId: text(data.paymentId), amount: typeof data.amount === "number" ? data.amount : 0, customerId: text(data.customerId) || null }));

/** Billing's `payment.refunded`: takes the reward of the payment it refunds back. */
export const clawBackOnRefundJob = eventJob("referrals.claw-back", (data) => clawBackOnRefund({ paymentId: text(data.paymentId) }));

export const releaseRewardsJob = defineJob({ id: "referrals.release", schema: z.object({}), cron: "17 * * * *", run: async () => void (await releaseRewards()) });
