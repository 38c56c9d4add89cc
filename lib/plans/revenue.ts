import { plans, isPlanId, type Interval } from "./catalog";

/** The states whose subscription counts toward MRR: paying, or past due and still in grace. */
export const revenueStates: readonly string[] = ["active", "past_due"];

/**
 * What one tenant adds to monthly recurring revenue, in the plans' smallest currency unit: its
 * plan's price for its interval, a yearly price counted at 1/12 (rounded to the unit), no
 * proration. Zero without a subscription (free, trial, complimentary plans: `interval` null) and
 * in any state but active and past due.
 */
export function monthlyRecurringAmount(row: { plan: string; interval: string | null; billingState: string }): number {
  if (!revenueStates.includes(row.billingState) || (row.interval !== "month" && row.interval !== "year")) return 0;
  const price = isPlanId(row.plan) ? plans[row.plan].prices?.[row.interval as Interval] : undefined;
  if (!price) return 0;
  return row.interval === "year" ? Math.round(price.amount / 12) : price.amount;
}

/** The one currency the plans are priced in (lib/plans/catalog.ts): what MRR is counted in. */
export function planCurrency(): string {
  return Object.values(plans).find((p) => p.prices)?.prices?.month.currency ?? "usd";
}
