import { route } from "@/lib/app";
import { getUsageSummary } from "@/lib/usage";

export const GET = route({ auth: ["session", "apiKey"], permission: { usage: ["read"] } }, ({ tenant }) => getUsageSummary(tenant));
