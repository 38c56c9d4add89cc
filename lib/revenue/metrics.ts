import { planCurrency } from "@/lib/plans";
import type { Executor } from "@/db/client";
import { lastMonths } from "./months";
import type { RevenueMetrics, RevenueMonth } from "./schemas";
import { changeBefore, loadTimeline, mrrAfter, mrrAt, type Change, type Timeline } from "./timeline";

/** Standing → the contract's customer bucket. */
const buckets = { trialing: "trialing", active: "active", past_due: "pastDue", suspended: "suspended", canceled: "canceled", free: "free" } as const;

/** Tenants by standing as of `timeline.now`; a tenant with no billing history is free. */
export function customersByState(timeline: Timeline, at = new Date(timeline.now.getTime() + 1)): RevenueMetrics["customers"] {
  const customers = { trialing: 0, active: 0, pastDue: 0, suspended: 0, canceled: 0, free: 0 };
  for (const history of timeline.tenants.values()) {
    const state = changeBefore(history, at)?.to ?? "free";
    const bucket = buckets[state as keyof typeof buckets];
    if (bucket) customers[bucket] += 1;
  }
  return customers;
}

/** Whether the tenant paid (had MRR) at any moment before `at`. */
function paidBefore(history: readonly Change[], at: Date): boolean {
  return history.some((change) => change.at.getTime() < at.getTime() && mrrAfter(change) > 0);
}

/**
 * One month's snapshot and movements: each tenant's MRR at the previous month-end against this
 * month-end (or now). new: 0 → >0, never paid before; reactivated: 0 → >0, paid before;
 * expansion / contraction: both >0, up / down; churned: >0 → 0. So
 * mrr = previous mrr + new + reactivated + expansion − contraction − churned.
 */
function monthOf(timeline: Timeline, month: { month: string; start: Date; snapshot: Date }): RevenueMonth {
  const figures = { month: month.month, mrr: 0, new: 0, expansion: 0, contraction: 0, churned: 0, reactivated: 0 };
  for (const history of timeline.tenants.values()) {
    const before = mrrAt(history, month.start);
    const after = mrrAt(history, month.snapshot);
    figures.mrr += after;
    if (before === 0 && after > 0) {
      if (paidBefore(history, month.start)) figures.reactivated += after;
      else figures.new += after;
    } else if (before > 0 && after === 0) figures.churned += before;
    else if (after > before) figures.expansion += after - before;
    else if (after < before) figures.contraction += before - after;
  }
  return figures;
}

/** The revenue figures from a loaded timeline (the months: the last 12 calendar months, oldest first). */
export function revenueFromTimeline(timeline: Timeline): RevenueMetrics {
  const months = lastMonths(timeline.now).map((m) => monthOf(timeline, m));
  const mrr = months.at(-1)?.mrr ?? 0;
  return { currency: planCurrency(), mrr, arr: mrr * 12, customers: customersByState(timeline), months };
}

/** `GET /platform/metrics/revenue`: MRR, ARR, customers by standing and 12 months of movements, from Keel's own billing history. */
export async function revenueMetrics(input: { now?: Date } = {}, executor?: Executor): Promise<RevenueMetrics> {
  return revenueFromTimeline(await loadTimeline(input.now ?? new Date(), executor));
}
