import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { usageCounters, usageOverageFees } from "@/db/schema/usage";
import { emit } from "@/lib/jobs";
import { getEntitlements, type Entitlements } from "@/lib/plans";
import type { TenantContext } from "@/lib/tenants/context";
import { limitedMeters, quotaModes, type LimitedMeter } from "./meters";
import type { UsagePeriod } from "./period";
import { periodTotals } from "./totals";

/** The overage of one meter in one period: units past the limit, priced per started unit block. */
export function overageFee(used: number, included: number, price: { unit: number; amount: number }) {
  const overage = Math.max(0, used - included);
  return { overage, amount: Math.ceil(overage / price.unit) * price.amount };
}

/** The provider's idempotency key for a tenant's overage report: one per tenant, meter and period (named by its start). */
export function overageEventId(tenantId: string, meter: string, period: UsagePeriod): string {
  return `overage:${tenantId}:${meter}:${period.start.toISOString()}`;
}

/** Announces a stored overage fee; billing (when installed) reports it to the payment provider. */
export const overageRecordedEvent = "usage.overage_recorded";

/** The event's data: what a payment provider needs to bill one fee, once. */
export const overageRecordedData = z.object({
  tenantId: z.string(),
  meter: z.string(),
  /** Units past the quota. */
  quantity: z.number().int().positive(),
  amount: z.number().int(),
  currency: z.literal("usd"),
  periodStart: z.iso.datetime(),
  periodEnd: z.iso.datetime(),
  /** The provider's idempotency key: one per tenant, meter and period. */
  reportEventId: z.string(),
});

/** How many ended counters one run of the close job takes on; the next hourly run takes the rest. */
const closeBatch = 500;

/**
 * Closes every quota counter whose period has ended (each tenant's own cycle, so periods end at
 * any hour): for a plan that bills a limited meter as `overage`, it stores the fee and announces
 * it (`usage.overage_recorded`), and marks the counter closed, in one transaction. The fee row's key
 * (tenant, meter, period start) makes a rerun change nothing. Who charges the fee is billing's
 * business: it subscribes to the event. The plan is the tenant's when the job runs, and usage is
 * the exact live total of the period's events then; events ingested for a period after it closed
 * count but are not billed. A counter that is still the tenant's current period (its end moved
 * since it was opened: a renewal came late, with its real date) takes the new end and stays open.
 * `tenantId` closes one tenant's only (a test, or a support fix).
 */
export async function closeUsagePeriods(input: { now?: Date; tenantId?: string } = {}) {
  const now = input.now ?? new Date();
  const due = await db
    .select({ tenantId: usageCounters.tenantId, meter: usageCounters.meter, start: usageCounters.periodStart, end: usageCounters.periodEnd })
    .from(usageCounters)
    .where(and(isNull(usageCounters.closedAt), lte(usageCounters.periodEnd, now), input.tenantId ? eq(usageCounters.tenantId, input.tenantId) : undefined))
    .orderBy(asc(usageCounters.periodEnd))
    .limit(closeBatch);
  let closed = 0;
  let fees = 0;
  for (const counter of due) {
    const key = and(eq(usageCounters.tenantId, counter.tenantId), eq(usageCounters.meter, counter.meter), eq(usageCounters.periodStart, counter.start));
    const entitlements = await getEntitlements(counter.tenantId, db, now);
    if (entitlements.period.start.getTime() === counter.start.getTime()) {
      // Still current: it takes the new end, but never past a later counter's start (as the
      // metered call would move it), so it cannot come to overlap a period billed on its own.
      const end = entitlements.period.end.toISOString();
      await db
        .update(usageCounters)
        .set({ periodEnd: sql`keel_usage_counter_end(${usageCounters.tenantId}, ${usageCounters.meter}, ${usageCounters.periodStart}, ${usageCounters.periodEnd}, ${usageCounters.closedAt}, ${end}::timestamptz)` })
        .where(key);
      continue;
    }
    const period = { start: counter.start, end: counter.end };
    const fee = await overageDue(counter.tenantId, counter.meter as LimitedMeter, period, entitlements);
    fees += await db.transaction(async (tx) => {
      const [open] = await tx.update(usageCounters).set({ closedAt: now }).where(and(key, isNull(usageCounters.closedAt))).returning({ meter: usageCounters.meter });
      if (!open || !fee) return 0;
      const reportEventId = overageEventId(counter.tenantId, counter.meter, period);
      const inserted = await tx
        .insert(usageOverageFees)
        .values({ tenantId: counter.tenantId, meter: counter.meter, periodStart: period.start, periodEnd: period.end, plan: entitlements.plan, used: fee.used, included: fee.included, overage: fee.overage, amount: fee.amount, currency: "usd", reportEventId })
        .onConflictDoNothing()
        .returning({ tenantId: usageOverageFees.tenantId });
      if (inserted.length === 0) return 0;
      const data = overageRecordedData.parse({ tenantId: counter.tenantId, meter: counter.meter, quantity: fee.overage, amount: fee.amount, currency: "usd", periodStart: period.start.toISOString(), periodEnd: period.end.toISOString(), reportEventId });
      await emit(tx, overageRecordedEvent, data);
      return 1;
    });
    closed++;
  }
  return { closed, fees };
}

/** The fee a closing period owes on `meter` under `entitlements`, or null when its plan bills none. */
async function overageDue(tenantId: string, meter: LimitedMeter, period: UsagePeriod, { plan, limits }: Pick<Entitlements, "plan" | "limits">) {
  if (!(meter in limitedMeters)) return null;
  const included = limitedMeters[meter].limit(limits);
  const price = limitedMeters[meter].price(plan);
  if (quotaModes[plan][meter] !== "overage" || included === null || !price) return null;
  const used = (await periodTotals(tenantId, period, meter)).get(meter) ?? 0;
  const { overage, amount } = overageFee(used, included, price);
  return overage > 0 ? { used, included, overage, amount } : null;
}

/**
 * What the current period's overage would cost if it closed now: the line the billing page shows
 * on the upcoming invoice. Same rule as `closeUsagePeriods`, read-only.
 */
export async function upcomingOverage(ctx: Pick<TenantContext, "tenantId">, now = new Date()) {
  const { tenantId } = ctx;
  const { plan, limits, period } = await getEntitlements(tenantId, db, now);
  const totals = await periodTotals(tenantId, period);
  const fees = (Object.keys(limitedMeters) as LimitedMeter[]).flatMap((meter) => {
    const included = limitedMeters[meter].limit(limits);
    const price = limitedMeters[meter].price(plan);
    if (quotaModes[plan][meter] !== "overage" || included === null || !price) return [];
    const used = totals.get(meter) ?? 0;
    const { overage, amount } = overageFee(used, included, price);
    return [{ meter, used, included, overage, amount, currency: "usd" as const }];
  });
  return { period, fees, total: fees.reduce((sum, fee) => sum + fee.amount, 0), currency: "usd" as const };
}
