import { route } from "@/lib/app";
import { revenueHealth } from "@/lib/revenue/health";
import { revenueHealthResponse } from "@/lib/revenue/schemas";

/** Logo churn, net revenue retention, ARPU, trial conversion, payment recovery and refunds over the last 12 months. */
export const GET = route({ auth: "platformAdmin", response: revenueHealthResponse }, () => revenueHealth());
