import { and, eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { usageCounters } from "@/db/schema/usage";
import { getEntitlements, type Entitlements } from "@/lib/plans";
import { plans, type PlanId } from "@/lib/plans";
import type { DomainError } from "@/lib/errors";
import { usageError } from "./catalog";
import { alertOnThresholds } from "./alerts";
import { isLimitedMeter, limitedMeters, planLadder, quotaModes, type QuotaMode } from "./meters";
import type { UsagePeriod } from "./period";

/**
 * The quota that applies to one tenant and meter now: `limit: null` means unlimited. `period` is
 * the tenant's (entitlements.period: its billing cycle, or the calendar month without one).
 */
export type Quota = { meter: string; plan: PlanId; limit: number | null; mode: QuotaMode; period: UsagePeriod };

/** Where a tenant stands on a meter this period: what the `X-Quota-*` headers say. */
export type QuotaStatus = Quota & { used: number };

/** The tenant's quota on `meter` at `at` from its entitlements; a meter without a plan limit is unlimited. */
export async function quotaFor(tenantId: string, meter: string, executor: Executor = db, at = new Date()): Promise<Quota> {
  return quotaOf(await getEntitlements(tenantId, executor, at), meter);
}

/** The quota on `meter` that entitlements already read give. */
export function quotaOf({ plan, limits, period }: Pick<Entitlements, "plan" | "limits" | "period">, meter: string): Quota {
  if (!isLimitedMeter(meter)) return { meter, plan, limit: null, mode: "soft", period };
  return { meter, plan, limit: limitedMeters[meter].limit(limits), mode: quotaModes[plan][meter], period };
}

function counterKey(tenantId: string, meter: string, period: UsagePeriod) {
  return and(eq(usageCounters.tenantId, tenantId), eq(usageCounters.meter, meter), eq(usageCounters.periodStart, period.start));
}

/** This period's counter, without changing it. */
export async function readQuota(executor: Executor, quota: Quota & { tenantId: string }): Promise<QuotaStatus> {
  const [row] = await executor.select({ used: usageCounters.used }).from(usageCounters).where(counterKey(quota.tenantId, quota.meter, quota.period));
  return { meter: quota.meter, plan: quota.plan, limit: quota.limit, mode: quota.mode, used: row?.used ?? 0, period: quota.period };
}

/**
 * Makes sure the counter for `period` exists. A new one is fitted between its neighbours
 * (keel_usage_counter_open, migration 0031): the counter before it ends where it starts, and it
 * ends where a later one starts. So a meter's counters never overlap, and no event is billed in two
 * periods when a tenant's cycle moves (an upgrade, a new billing date).
 */
export async function openCounter(executor: Executor, input: { tenantId: string; meter: string; period: UsagePeriod }): Promise<void> {
  await executor.execute(sql`select keel_usage_counter_open(${input.tenantId}::text, ${input.meter}::text, ${input.period.start.toISOString()}::timestamptz, ${input.period.end.toISOString()}::timestamptz)`);
}

export type ConsumeInput = Quota & {
  tenantId: string;
  quantity: number;
  /** Refuse past a hard limit; false counts usage that already happened. @default true */
  enforce?: boolean;
};

/**
 * Counts `quantity` against the tenant's quota for this period. In `hard` mode it is one
 * conditional UPDATE (`used + quantity <= limit`), so N concurrent callers against a limit of N
 * all pass and the next is refused with 429 `quota_exceeded`, never more. Other modes always
 * count. Crossing 80% or 100% raises an alert once per period. Pass the caller's transaction:
 * the count rolls back with it.
 */
export async function consumeQuota(tx: Executor, input: ConsumeInput): Promise<QuotaStatus> {
  const { period } = input;
  await openCounter(tx, { tenantId: input.tenantId, meter: input.meter, period });
  const hard = (input.enforce ?? true) && input.mode === "hard" && input.limit !== null;
  const [row] = await tx
    .update(usageCounters)
    .set({ used: sql`${usageCounters.used} + ${input.quantity}` })
    .where(and(counterKey(input.tenantId, input.meter, period), hard ? sql`${usageCounters.used} + ${input.quantity} <= ${input.limit}` : undefined))
    .returning({ used: usageCounters.used });
  const quota: Quota = { meter: input.meter, plan: input.plan, limit: input.limit, mode: input.mode, period };
  if (!row) {
    const current = await readQuota(tx, { ...quota, tenantId: input.tenantId });
    throw quotaExceeded(current, input.quantity);
  }
  if (input.limit !== null) {
    await alertOnThresholds(tx, { tenantId: input.tenantId, meter: input.meter, periodStart: period.start, periodEnd: period.end, limit: input.limit, mode: input.mode }, row.used - input.quantity, row.used);
  }
  return { ...quota, used: row.used };
}

/** `consumeQuota` with the quota read from the tenant's entitlements. */
export async function enforceQuota(tx: Executor, input: { tenantId: string; meter: string; quantity: number }): Promise<QuotaStatus> {
  const quota = await quotaFor(input.tenantId, input.meter, tx);
  return consumeQuota(tx, { ...quota, ...input });
}

/** The smallest plan above `current` whose limit on `meter` would hold `needed`. */
export function planThatFits(current: PlanId, meter: string, needed: number): PlanId | null {
  if (!isLimitedMeter(meter)) return null;
  const above = planLadder.slice(planLadder.indexOf(current) + 1);
  return above.find((plan) => {
    const limit = limitedMeters[meter].limit(plans[plan].limits);
    return limit === null || limit >= needed;
  }) ?? null;
}

/** `X-Quota-Limit`, `X-Quota-Used`, `X-Quota-Remaining`, `X-Quota-Reset` (limit and remaining only when limited). */
export function quotaHeaders(status: QuotaStatus): Record<string, string> {
  const headers: Record<string, string> = { "X-Quota-Used": String(status.used), "X-Quota-Reset": status.period.end.toISOString() };
  if (status.limit !== null) {
    headers["X-Quota-Limit"] = String(status.limit);
    headers["X-Quota-Remaining"] = String(Math.max(0, status.limit - status.used));
    if (status.used > status.limit) headers["X-Quota-Warning"] = status.mode === "overage" ? "Over quota: extra usage is billed per unit." : "Over quota.";
  }
  return headers;
}

function quotaExceeded(status: QuotaStatus, quantity: number): DomainError {
  const fits = planThatFits(status.plan, status.meter, status.used + quantity);
  const reset = status.period.end.toISOString();
  const upgrade = fits ? ` Upgrade to ${plans[fits].name} for more.` : "";
  const retryAfter = Math.max(1, Math.ceil((status.period.end.getTime() - Date.now()) / 1000));
  return usageError("quota_exceeded", `Your ${plans[status.plan].name} plan's ${status.meter} quota of ${status.limit} per month is used up. It resets on ${reset}.${upgrade}`, {
    headers: { ...quotaHeaders(status), "Retry-After": String(retryAfter), ...(fits ? { "X-Quota-Upgrade-Plan": fits } : {}) },
  });
}
