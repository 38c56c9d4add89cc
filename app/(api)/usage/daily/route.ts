import { route } from "@/lib/app";
import { dailyQuery, getDailyUsage } from "@/lib/usage";
import { dailyUsageResponse } from "@/lib/usage/responses";

/** One meter's daily usage over the last `days` days (at most 90). */
export const GET = route({ auth: ["session", "apiKey"], permission: { usage: ["read"] }, query: dailyQuery, response: dailyUsageResponse }, ({ tenant, query }) => getDailyUsage(tenant, query));
