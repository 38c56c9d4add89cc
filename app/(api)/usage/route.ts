import { route } from "@/lib/app";
import { getUsageSummary } from "@/lib/usage";
import { usageSummaryResponse } from "@/lib/usage/responses";

/** Use of each meter this period against the plan's quota. */
export const GET = route({ auth: ["session", "apiKey"], permission: { usage: ["read"] }, response: usageSummaryResponse }, ({ tenant }) => getUsageSummary(tenant));
