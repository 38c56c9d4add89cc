import { route } from "@/lib/app";
import { checkHealth } from "@/lib/health";
import { healthResponse } from "@/lib/health/responses";

/** Liveness and readiness: 200 when the database answers and the job runner ticks, else 503. */
export const GET = route({ auth: "public", response: healthResponse }, async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
});
