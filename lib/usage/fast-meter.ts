import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { postgresCode } from "@/db/errors";
import type { ApiKeyPrincipal } from "@/lib/http/api-key";
import type { CreditsPort } from "@/lib/manifest/ports";
import { defaultTenantPlan, entitlementsFor, readTenantPlanRow, type TenantPlan } from "@/lib/plans";
import { alertOnThresholds, crossedThresholds } from "./alerts";
import { usageIds } from "./catalog";
import { apiRequestsMeter } from "./meters";
import { quotaOf, type QuotaStatus } from "./quota";

/** The SQLSTATE the one-statement functions raise to hand a call to the general path. */
const generalPathCode = "KS001";

// Tenants' plan rows as last read, so the common call reads none: the statement checks the row is
// still the same (keel_usage_meter), so a stale copy costs one trip through the general path and
// never a wrong answer. The bound and the age only cap memory and re-read idle tenants.
const planRows = new Map<string, { row: TenantPlan | null; readAt: number }>();
const planRowsMax = 10_000;
const planRowMaxAgeMs = 5 * 60_000;

async function planRow(tenantId: string, now: number): Promise<TenantPlan | null> {
  const seen = planRows.get(tenantId);
  if (seen && now - seen.readAt < planRowMaxAgeMs) return seen.row;
  const row = await readTenantPlanRow(db, tenantId);
  if (planRows.size >= planRowsMax) planRows.delete(planRows.keys().next().value!);
  planRows.set(tenantId, { row, readAt: now });
  return row;
}

export type MeterInput = {
  apiKey: Pick<ApiKeyPrincipal, "keyId" | "environment">;
  endpoint: string;
  creditCost: number;
  credits?: CreditsPort;
  now: Date;
};

/**
 * A metered call's common case in one statement, one round trip: `keel_usage_meter` counts the
 * call and records its usage event, `keel_credits_spend` (the credits port's expression) spends
 * its credits; one statement commits or rolls back as a whole. Answers null when the call needs
 * the general path (lib/usage/echo.ts): the plan changed, a hard quota is reached, credits are
 * short or due to expire, or the credits port offers no expression. The general path then gives
 * the exact answer, 402 and 429 included. See content/docs/modules/usage.mdx.
 */
export async function meterInOneStatement(ctx: { tenantId: string; requestId: string }, input: MeterInput): Promise<QuotaStatus | null> {
  const { tenantId } = ctx;
  const live = input.apiKey.environment === "live";
  const charge = live && input.creditCost > 0 && input.credits;
  if (charge && !input.credits?.spendExpression) return null;
  const row = await planRow(tenantId, input.now.getTime());
  const quota = quotaOf(entitlementsFor(row ?? defaultTenantPlan(), input.now), apiRequestsMeter);
  const { period } = quota;
  const plan = row ?? { plan: null, state: null, interval: null, periodStart: null, periodEnd: null };
  const spend = charge
    ? input.credits!.spendExpression!({ tenantId, amount: input.creditCost, reason: input.endpoint, idempotencyKey: `api:${ctx.requestId}`, now: input.now })
    : sql`null::jsonb`;
  let result: { used: number; credits: { balance: number; lowBalanceDue: boolean } | null };
  try {
    const { rows } = await db.execute(sql`select
      set_config('app.tenant_id', ${tenantId}, true) as tenant,
      keel_usage_meter(
        ${tenantId}::text, ${row !== null}::boolean, ${plan.plan}::text, ${plan.state}::text, ${plan.interval}::text,
        ${plan.periodStart?.toISOString() ?? null}::timestamptz, ${plan.periodEnd?.toISOString() ?? null}::timestamptz,
        ${apiRequestsMeter}::text, 1, ${live}::boolean, ${quota.limit}::bigint, ${quota.mode === "hard" && quota.limit !== null}::boolean,
        ${period.start.toISOString()}::timestamptz, ${period.end.toISOString()}::timestamptz,
        ${usageIds.newId("usageEvent")}::text, ${input.apiKey.keyId}::text, ${input.now.toISOString()}::timestamptz, ${ctx.requestId}::text,
        ${JSON.stringify({ endpoint: input.endpoint, environment: input.apiKey.environment })}::jsonb
      )::float8 as used,
      ${spend} as credits`);
    result = rows[0] as typeof result;
  } catch (error) {
    if (postgresCode(error) !== generalPathCode) throw error;
    planRows.delete(tenantId);
    return null;
  }
  const used = Number(result.used);
  // What the general path does inside its transaction, done after this one: rare (a threshold
  // crossed, the balance fell low) and each guarded so it happens once.
  const limit = quota.limit;
  if (live && limit !== null && crossedThresholds(limit, used - 1, used).length > 0) {
    const alert = { tenantId, meter: apiRequestsMeter, periodStart: period.start, periodEnd: period.end, limit, mode: quota.mode };
    await db.transaction((tx) => alertOnThresholds(tx, alert, used - 1, used));
  }
  if (result.credits) await input.credits?.settleSpend?.(tenantId, result.credits);
  return { ...quota, used };
}
