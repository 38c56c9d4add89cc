import { route } from "@/lib/app";
import { dailyQuery, getDailyUsage } from "@/lib/usage";
import { dailyUsageResponse } from "@/lib/usage/responses";

export const GET = route({ auth: ["session", "apiKey"], permission: { usage: ["read"] }, query: dailyQuery, response: dailyUsageResponse }, ({ tenant, query }) => getDailyUsage(tenant, query));
