import { route } from "@/lib/app";
import { analyticsOverview, conversionFunnel, rangeQuery } from "@/lib/analytics/overview";
import { funnelResponse } from "@/lib/analytics/responses";

/** Visit → sign-up → trial → paid for `from`–`to`: each step's count in the period and its rate from the one before. */
export const GET = route({ auth: "platformAdmin", query: rangeQuery, response: funnelResponse }, async ({ query }) =>
  conversionFunnel(query, (await analyticsOverview(query)).visitors),
);
