import type { ApiKeyPrincipal } from "@/lib/http/api-key";
import type { CreditsPort } from "@/lib/manifest/ports";
import { DomainError } from "@/lib/errors";
import { statusOf } from "@/lib/http/errors";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import { insertUsageEvents } from "./ingest";
import { apiRequestsMeter } from "./meters";
import { consumeQuota, quotaFor, readQuota, type QuotaStatus } from "./quota";
import { logApiRequest } from "./request-log";
import { usageEnv } from "@/lib/usage/env";
import { meterInOneStatement, type MeterInput } from "./fast-meter";

/**
 * Meters one call of a metered endpoint, all or nothing: count it against the `api_requests`
 * quota (429 past a hard limit), spend `creditCost` credits (402 when short), and record the usage
 * event keyed by the request id. Any refusal rolls back the rest. A test-mode key is recorded as
 * `environment: "test"` and neither counts toward the quota nor costs credits. The common case is
 * one statement (fast-meter.ts); whatever it hands back runs here in one transaction.
 */
export async function meterApiCall(
  ctx: Pick<TenantContext, "tenantId" | "requestId">,
  input: {
    apiKey: Pick<ApiKeyPrincipal, "keyId" | "environment">;
    endpoint: string;
    creditCost: number;
    /** `creditsPort` from lib/app; without the credits module calls cost nothing. */
    credits?: CreditsPort;
    now?: Date;
  },
): Promise<QuotaStatus> {
  const now = input.now ?? new Date();
  return (await meterInOneStatement(ctx, { ...input, now })) ?? (await meterInTransaction(ctx, { ...input, now }));
}

/** The general path: every step in one transaction, with the exact refusals. */
async function meterInTransaction(ctx: Pick<TenantContext, "tenantId" | "requestId">, input: MeterInput): Promise<QuotaStatus> {
  const { now } = input;
  return withTenant(ctx, async (tx) => {
    const quota = await quotaFor(ctx.tenantId, apiRequestsMeter, tx, now);
    const live = input.apiKey.environment === "live";
    const status = live ? await consumeQuota(tx, { ...quota, tenantId: ctx.tenantId, quantity: 1 }) : await readQuota(tx, { ...quota, tenantId: ctx.tenantId });
    if (live && input.creditCost > 0 && input.credits) {
      // In this transaction: a refusal must also undo the quota count.
      await input.credits.spend({ tenantId: ctx.tenantId, amount: input.creditCost, reason: input.endpoint, idempotencyKey: `api:${ctx.requestId}`, now }, tx);
    }
    await insertUsageEvents(tx, ctx.tenantId, [{ meter: apiRequestsMeter, quantity: 1, timestamp: now, idempotencyKey: ctx.requestId, properties: { endpoint: input.endpoint } }], {
      apiKeyId: input.apiKey.keyId,
      environment: input.apiKey.environment,
    });
    return status;
  });
}

/**
 * Runs a metered endpoint's work and writes its request-log row whatever the outcome (the status
 * of a DomainError, 500 for anything else), then answers or rethrows.
 */
export async function withRequestLog<T>(
  entry: { requestId: string; tenantId: string; apiKeyId: string | null; method: string; endpoint: string },
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const log = (status: number) =>
    logApiRequest({ id: entry.requestId, tenantId: entry.tenantId, apiKeyId: entry.apiKeyId, method: entry.method, endpoint: entry.endpoint, status, latencyMs: Math.round(performance.now() - started) });
  try {
    const result = await work();
    await log(result instanceof Response ? result.status : 200);
    return result;
  } catch (error) {
    await log(error instanceof DomainError ? statusOf(error) : 500);
    throw error;
  }
}

/** Credits one `POST /v1/echo` call costs a live key (ECHO_CREDIT_COST). */
export function echoCreditCost(): number {
  return usageEnv.ECHO_CREDIT_COST;
}
