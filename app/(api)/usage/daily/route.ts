import { route } from "@/lib/app";
import { dailyQuery, getDailyUsage } from "@/lib/usage";

export const GET = route({ auth: ["session", "apiKey"], permission: { usage: ["read"] }, query: dailyQuery }, ({ tenant, query }) => getDailyUsage(tenant, query));
