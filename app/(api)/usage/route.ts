import { route } from "@/lib/app";
import { getUsageSummary } from "@/lib/usage";
import { usageSummaryResponse } from "@/lib/usage/responses";

export const GET = route({ auth: ["session", "apiKey"], permission: { usage: ["read"] }, response: usageSummaryResponse }, ({ tenant }) => getUsageSummary(tenant));
