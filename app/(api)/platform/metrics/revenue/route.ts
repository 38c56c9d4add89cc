import { route } from "@/lib/app";
import { revenueMetrics } from "@/lib/revenue/metrics";
import { revenueMetricsResponse } from "@/lib/revenue/schemas";

/** MRR, ARR, customers by standing and the last 12 months of MRR movements, from Keel's billing history. */
export const GET = route({ auth: "platformAdmin", response: revenueMetricsResponse }, () => revenueMetrics());
