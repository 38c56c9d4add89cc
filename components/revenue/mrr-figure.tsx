import { revenueMetrics } from "@/lib/revenue/metrics";
import { money } from "./format";

/** The admin overview's MRR figure. */
export async function MrrFigure() {
  const { mrr, currency } = await revenueMetrics();
  return <>{money(mrr, currency)}</>;
}
