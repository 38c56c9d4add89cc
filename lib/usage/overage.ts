import { and, gte, inArray, lt } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { usageEvents, usageOverageFees } from "@/db/schema/usage";
import { emit } from "@/lib/jobs";
import { getEntitlements } from "@/lib/plans";
import type { TenantContext } from "@/lib/tenants/context";
import { limitedMeters, quotaModes, type LimitedMeter } from "./meters";
import { previousUsagePeriod, usagePeriod, type UsagePeriod } from "./period";
import { periodTotals } from "./totals";

/** The overage of one meter in one period: units past the limit, priced per started unit block. */
export function overageFee(used: number, included: number, price: { unit: number; amount: number }) {
  const overage = Math.max(0, used - included);
  return { overage, amount: Math.ceil(overage / price.unit) * price.amount };
}

/** The provider's idempotency key for a tenant's overage report: one per tenant, meter and period. */
export function overageEventId(tenantId: string, meter: string, period: UsagePeriod): string {
  return `overage:${tenantId}:${meter}:${period.start.toISOString().slice(0, 7)}`;
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

/**
 * Closes `period` (by default the month before `now`): for every tenant whose plan bills a
 * limited meter as `overage`, stores the fee and announces it (`usage.overage_recorded`) in one
 * transaction, once per tenant, meter and period: a rerun changes nothing. Who charges it is not
 * usage's business: billing subscribes to the event. Usage counted is the live total when the job
 * runs; events ingested for a period after it closed are not billed.
 */
export async function closeUsagePeriod(input: { now?: Date; period?: UsagePeriod } = {}) {
  const period = input.period ?? previousUsagePeriod(input.now ?? new Date());
  const meters = Object.keys(limitedMeters) as LimitedMeter[];
  const candidates = await db
    .selectDistinct({ tenantId: usageEvents.tenantId })
    .from(usageEvents)
    .where(and(inArray(usageEvents.meter, meters), gte(usageEvents.timestamp, period.start), lt(usageEvents.timestamp, period.end)));
  let fees = 0;
  for (const { tenantId } of candidates) {
    const { plan, limits } = await getEntitlements(tenantId);
    const totals = await periodTotals(tenantId, period);
    for (const meter of meters) {
      const included = limitedMeters[meter].limit(limits);
      const price = limitedMeters[meter].price(plan);
      if (quotaModes[plan][meter] !== "overage" || included === null || !price) continue;
      const used = totals.get(meter) ?? 0;
      const { overage, amount } = overageFee(used, included, price);
      if (overage === 0) continue;
      const reportEventId = overageEventId(tenantId, meter, period);
      fees += await db.transaction(async (tx) => {
        const inserted = await tx
          .insert(usageOverageFees)
          .values({ tenantId, meter, periodStart: period.start, periodEnd: period.end, plan, used, included, overage, amount, currency: "usd", reportEventId })
          .onConflictDoNothing()
          .returning({ tenantId: usageOverageFees.tenantId });
        if (inserted.length === 0) return 0;
        const data = overageRecordedData.parse({ tenantId, meter, quantity: overage, amount, currency: "usd", periodStart: period.start.toISOString(), periodEnd: period.end.toISOString(), reportEventId });
        await emit(tx, overageRecordedEvent, data);
        return 1;
      });
    }
  }
  return { period, fees };
}

/**
 * What the current period's overage would cost if it closed now: the line the billing page shows
 * on the upcoming invoice. Same rule as `closeUsagePeriod`, read-only.
 */
export async function upcomingOverage(ctx: Pick<TenantContext, "tenantId">, now = new Date()) {
  const { tenantId } = ctx;
  const period = usagePeriod(now);
  const { plan, limits } = await getEntitlements(tenantId);
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
