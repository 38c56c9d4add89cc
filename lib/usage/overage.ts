import { and, eq, gte, inArray, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { billingCustomers } from "@/db/schema/billing";
import { usageEvents, usageOverageFees } from "@/db/schema/usage";
import { getEntitlements } from "@/lib/plans";
import { billingProvider, type BillingProvider } from "@/lib/billing/providers";
import { captureException } from "@/lib/observability";
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

/**
 * Closes `period` (by default the month before `now`): for every tenant whose plan bills a
 * limited meter as `overage`, stores the fee (one row per tenant, meter and period: a rerun
 * changes nothing), then reports every fee not yet reported. Usage counted is the live total
 * when the job runs; events ingested for a period after it closed are not billed.
 */
export async function closeUsagePeriod(input: { now?: Date; period?: UsagePeriod; provider?: () => BillingProvider } = {}) {
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
      const inserted = await db
        .insert(usageOverageFees)
        .values({ tenantId, meter, periodStart: period.start, periodEnd: period.end, plan, used, included, overage, amount, currency: "usd", reportEventId: overageEventId(tenantId, meter, period) })
        .onConflictDoNothing()
        .returning({ tenantId: usageOverageFees.tenantId });
      fees += inserted.length;
    }
  }
  const reported = await reportOverageFees(input.provider ?? billingProvider);
  return { period, fees, reported };
}

/**
 * Sends unreported fees to the payment provider (idempotent by event id, so a crash between the
 * report and marking it reported only resends). Tenants without a billing customer wait.
 */
export async function reportOverageFees(provider: () => BillingProvider = billingProvider): Promise<number> {
  let adapter: BillingProvider;
  try {
    adapter = provider();
  } catch (error) {
    // No payments configured: fees stay stored and unreported until there are.
    captureException(error, { job: "usage.close-period" });
    return 0;
  }
  const pending = await db
    .select({ fee: usageOverageFees, customerId: billingCustomers.customerId })
    .from(usageOverageFees)
    .innerJoin(billingCustomers, and(eq(billingCustomers.tenantId, usageOverageFees.tenantId), eq(billingCustomers.provider, adapter.name)))
    .where(isNull(usageOverageFees.reportedAt))
    .limit(1000);
  if (pending.length === 0) return 0;
  try {
    await adapter.reportUsage(
      pending.map(({ fee, customerId }) => ({ eventId: fee.reportEventId, customerId, meter: fee.meter, quantity: fee.overage, timestamp: new Date(fee.periodEnd.getTime() - 1) })),
    );
  } catch (error) {
    // Left unreported; the next run retries with the same event ids.
    captureException(error, { job: "usage.close-period" });
    return 0;
  }
  const ids = pending.map((p) => p.fee.reportEventId);
  await db.update(usageOverageFees).set({ reportedAt: new Date() }).where(and(inArray(usageOverageFees.reportEventId, ids), isNull(usageOverageFees.reportedAt)));
  return pending.length;
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
