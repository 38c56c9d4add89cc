import { getLocale } from "next-intl/server";
import { revenueMetrics } from "@/lib/revenue/metrics";
import { money } from "./format";

/** The admin overview's MRR figure. */
export async function MrrFigure() {
  const [{ mrr, currency }, locale] = await Promise.all([revenueMetrics(), getLocale()]);
  return <>{money(mrr, currency, locale)}</>;
}
