import type { RevenueMetrics } from "./schemas";

const columns = ["month", "mrr", "new", "expansion", "contraction", "churned", "reactivated"] as const;

/**
 * The months as CSV, one row per month, amounts in the smallest currency unit (as the JSON), with
 * the currency in its own column so a spreadsheet cannot mistake cents for dollars.
 */
export function revenueCsv(metrics: RevenueMetrics): string {
  const header = [...columns, "currency"].join(",");
  const rows = metrics.months.map((m) => [...columns.map((c) => String(m[c])), metrics.currency].join(","));
  return `${[header, ...rows].join("\r\n")}\r\n`;
}
