import { route } from "@/lib/app";
import { analyticsOverview, rangeQuery } from "@/lib/analytics/overview";
import { overviewResponse } from "@/lib/analytics/responses";

/** The tracker's figures for `from`–`to` (UTC days, both inclusive; default the last 30 days). */
export const GET = route({ auth: "platformAdmin", query: rangeQuery, response: overviewResponse }, ({ query }) => analyticsOverview(query));
