import { route } from "@/lib/app";
import { upcomingOverage } from "@/lib/usage";
import { overageResponse } from "@/lib/usage/responses";

/** The current period's overage so far, priced: `{ period, fees: [{ meter, used, included, overage, amount, currency }], total, currency }`. */
export const GET = route({ auth: ["session", "apiKey"], permission: { overage: ["read"] }, response: overageResponse }, ({ tenant }) => upcomingOverage(tenant));
