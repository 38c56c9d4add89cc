import { z } from "zod";

const cents = z.number().int().describe("An amount in the smallest unit of `currency` (cents)");

export const revenueMonth = z.object({
  month: z.string().describe("YYYY-MM, UTC"),
  mrr: cents.describe("MRR at the month's end (the current month: now)"),
  new: cents.describe("MRR of tenants that started paying this month and never paid before"),
  expansion: cents.describe("MRR added by tenants paying at both month-ends"),
  contraction: cents.describe("MRR lost by tenants paying at both month-ends"),
  churned: cents.describe("MRR at the previous month-end of tenants that stopped paying"),
  reactivated: cents.describe("MRR of tenants that paid before, stopped, and pay again"),
});
export type RevenueMonth = z.infer<typeof revenueMonth>;

/** `GET /platform/metrics/revenue`. */
export const revenueMetricsResponse = z.object({
  currency: z.string(),
  mrr: cents,
  arr: cents,
  customers: z.object({ trialing: z.number().int(), active: z.number().int(), pastDue: z.number().int(), suspended: z.number().int(), canceled: z.number().int(), free: z.number().int() }),
  months: z.array(revenueMonth),
});
export type RevenueMetrics = z.infer<typeof revenueMetricsResponse>;

const rate = z.number().nullable().describe("A share between 0 and 1; null when there is nothing to divide by");

/** `GET /platform/metrics/revenue/health`: the admin page's other figures (definitions in content/docs/modules/revenue.mdx). */
export const revenueHealthResponse = z.object({
  currency: z.string(),
  window: z.object({ from: z.string(), to: z.string() }),
  payingCustomers: z.number().int(),
  arpu: cents.nullable(),
  comped: z.number().int(),
  logoChurn: z.object({ atStart: z.number().int(), churned: z.number().int(), rate }),
  netRevenueRetention: z.object({ startMrr: cents, endMrr: cents, rate }),
  trialConversion: z.object({ ended: z.number().int(), converted: z.number().int(), rate }),
  paymentRecovery: z.object({ episodes: z.number().int(), recovered: z.number().int(), lost: z.number().int(), open: z.number().int(), rate, medianRecoveryDays: z.number().nullable() }),
  refunds: z.object({ count: z.number().int(), amount: cents, collected: cents, rate }),
});
export type RevenueHealth = z.infer<typeof revenueHealthResponse>;

/** `GET /platform/metrics/revenue/export`, described for the API docs: the answer is CSV, not JSON. */
export const revenueCsvResponse = z
  .string()
  .describe("text/csv: a header `month,mrr,new,expansion,contraction,churned,reactivated,currency`, then one row per month of `GET /platform/metrics/revenue`, oldest first.");
