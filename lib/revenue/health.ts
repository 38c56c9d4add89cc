import { planCurrency } from "@/lib/plans";
import { and, eq, gte, lte, sum } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { invoices } from "@/db/schema/billing";
import { listRefunds } from "@/lib/billing/refunds";
import { lastMonths } from "./months";
import type { RevenueHealth } from "./schemas";
import { changeBefore, loadTimeline, mrrAt, type Change, type Timeline } from "./timeline";

const day = 86_400_000;
const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** Trials that ended in the window, and those that ended in a paid subscription. */
function trialConversion(timeline: Timeline, from: Date) {
  let ended = 0;
  let converted = 0;
  for (const history of timeline.tenants.values()) {
    for (const change of history) {
      // An admin's suspension of a trial pauses it; it has not ended.
      if (change.from !== "trialing" || change.to === "trialing" || change.to === "suspended" || change.at < from) continue;
      ended += 1;
      if (change.to === "active" && change.interval !== null) converted += 1;
    }
  }
  return { ended, converted, rate: share(converted, ended) };
}

/**
 * Dunning episodes (a move into past_due from outside dunning) that began in the window, and how
 * each ended: back to active (recovered), canceled or free (lost), or not yet (open: still past
 * due or suspended).
 */
function paymentRecovery(timeline: Timeline, from: Date) {
  const outcome = { episodes: 0, recovered: 0, lost: 0, open: 0 };
  const recoveryDays: number[] = [];
  const inDunning = (state: string) => state === "past_due" || state === "suspended";
  for (const history of timeline.tenants.values()) {
    history.forEach((change, i) => {
      if (change.to !== "past_due" || inDunning(change.from) || change.at < from) return;
      outcome.episodes += 1;
      const end = history.slice(i + 1).find((later) => !inDunning(later.to));
      if (!end) outcome.open += 1;
      else if (end.to === "active") {
        outcome.recovered += 1;
        recoveryDays.push((end.recoveredAfterMs ?? end.at.getTime() - change.at.getTime()) / day);
      } else outcome.lost += 1;
    });
  }
  return { ...outcome, rate: share(outcome.recovered, outcome.episodes), medianRecoveryDays: median(recoveryDays) };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

/** Whether the tenant is on a complimentary plan at `at`: active with no subscription interval. */
const isComped = (history: readonly Change[], at: Date) => {
  const last = changeBefore(history, at);
  return last?.to === "active" && last.interval === null;
};

/** The health figures from a loaded timeline, plus refunds and payments collected in the window. */
export async function revenueHealthFromTimeline(timeline: Timeline, executor: Executor = db): Promise<RevenueHealth> {
  const from = lastMonths(timeline.now)[0]?.start ?? timeline.now;
  const end = new Date(timeline.now.getTime() + 1);
  const histories = [...timeline.tenants.values()];
  const endMrrs = histories.map((h) => mrrAt(h, end));
  const mrr = endMrrs.reduce((a, b) => a + b, 0);
  const paying = endMrrs.filter((m) => m > 0).length;

  const cohort = histories.filter((h) => mrrAt(h, from) > 0);
  const startMrr = cohort.reduce((total, h) => total + mrrAt(h, from), 0);
  const cohortEndMrr = cohort.reduce((total, h) => total + mrrAt(h, end), 0);
  const churned = cohort.filter((h) => mrrAt(h, end) === 0).length;

  const refunds = await listRefunds(executor, { from, to: timeline.now });
  const [paid] = await executor.select({ total: sum(invoices.amount) }).from(invoices).where(and(eq(invoices.status, "paid"), gte(invoices.occurredAt, from), lte(invoices.occurredAt, timeline.now)));
  const collected = Number(paid?.total ?? 0);
  const refunded = refunds.reduce((total, r) => total + r.amount, 0);

  return {
    currency: planCurrency(),
    window: { from: from.toISOString(), to: timeline.now.toISOString() },
    payingCustomers: paying,
    arpu: paying > 0 ? Math.round(mrr / paying) : null,
    comped: histories.filter((h) => isComped(h, end)).length,
    logoChurn: { atStart: cohort.length, churned, rate: share(churned, cohort.length) },
    netRevenueRetention: { startMrr, endMrr: cohortEndMrr, rate: share(cohortEndMrr, startMrr) },
    trialConversion: trialConversion(timeline, from),
    paymentRecovery: paymentRecovery(timeline, from),
    refunds: { count: refunds.length, amount: refunded, collected, rate: share(refunded, collected) },
  };
}

/** `GET /platform/metrics/revenue/health`: churn, retention, ARPU, conversion, recovery and refunds over the last 12 months. */
export async function revenueHealth(input: { now?: Date } = {}, executor: Executor = db): Promise<RevenueHealth> {
  return revenueHealthFromTimeline(await loadTimeline(input.now ?? new Date(), executor), executor);
}
