import { route } from "@/lib/app";
import { revenueCsv } from "@/lib/revenue/csv";
import { revenueMetrics } from "@/lib/revenue/metrics";
import { revenueCsvResponse } from "@/lib/revenue/schemas";

/** The months of `GET /platform/metrics/revenue` as CSV, one row per month, for a spreadsheet. */
export const GET = route({ auth: "platformAdmin", response: revenueCsvResponse, responseTypes: ["text/csv"] }, async () => {
  const metrics = await revenueMetrics();
  const name = `revenue-${metrics.months.at(-1)?.month ?? "export"}.csv`;
  return new Response(revenueCsv(metrics), { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
});
