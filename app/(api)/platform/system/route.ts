import { providerStatus, route } from "@/lib/app";
import { systemStatus } from "@/lib/admin/operations";
import { systemResponse } from "@/lib/admin/responses";

/** Database latency, job lag and queue depth, each provider configured or local, version and migrations. */
export const GET = route({ auth: "platformAdmin", response: systemResponse }, async () => ({ ...(await systemStatus()), providers: providerStatus() }));
