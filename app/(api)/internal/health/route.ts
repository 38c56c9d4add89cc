import { route } from "@/lib/app";
import { env } from "@/lib/env";
import { checkHealth } from "@/lib/health";
import { hasBearerSecret } from "@/lib/http/bearer";
import { healthResponse } from "@/lib/health/responses";

/**
 * Liveness and readiness: 200 when the database answers and the job runner ticks, else 503.
 * Anyone (a load balancer) gets `{ ok }`; the details (driver, errors, versions) only a platform
 * admin whose session passed a second factor (as every platform-admin route asks) or a monitor
 * sending `Authorization: Bearer $HEALTH_TOKEN`, since raw database errors and exact versions help
 * an attacker more than a visitor.
 */
export const GET = route({ auth: "public", response: healthResponse }, async ({ req, user }) => {
  const health = await checkHealth();
  const admin = user?.platformRole === "admin" && user.secondFactorAt !== null;
  const detailed = admin || hasBearerSecret(req, env.HEALTH_TOKEN);
  return Response.json(detailed ? health : { ok: health.ok }, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
});
