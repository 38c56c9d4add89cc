import { eq, inArray, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { tenantPlans } from "@/db/schema/plans";
import { defaultPlan, type Interval } from "./catalog";
import { isPlanState, type PlanState } from "./states";

export type TenantPlan = { plan: string; state: PlanState; interval: Interval | null; periodStart: Date | null; periodEnd: Date | null };

const defaults: TenantPlan = { plan: defaultPlan, state: "free", interval: null, periodStart: null, periodEnd: null };

/**
 * A tenant's plan row, or the defaults when it has none (a new tenant, or no billing module).
 * `lock` takes the row `FOR UPDATE` (creating it first), so writers for one tenant take turns.
 */
export async function readTenantPlan(executor: Executor, tenantId: string, opts: { lock?: boolean } = {}): Promise<TenantPlan> {
  if (opts.lock) await executor.insert(tenantPlans).values({ tenantId }).onConflictDoNothing();
  const query = executor
    .select({ plan: tenantPlans.plan, state: tenantPlans.state, interval: tenantPlans.interval, periodStart: tenantPlans.periodStart, periodEnd: tenantPlans.periodEnd })
    .from(tenantPlans)
    .where(eq(tenantPlans.tenantId, tenantId));
  const [row] = opts.lock ? await query.for("update") : await query;
  return row ? readRow(row) : defaults;
}

/** The tenant's plan row as stored, or null when it has none (readTenantPlan then answers the defaults). */
export async function readTenantPlanRow(executor: Executor, tenantId: string): Promise<TenantPlan | null> {
  const [row] = await executor
    .select({ plan: tenantPlans.plan, state: tenantPlans.state, interval: tenantPlans.interval, periodStart: tenantPlans.periodStart, periodEnd: tenantPlans.periodEnd })
    .from(tenantPlans)
    .where(eq(tenantPlans.tenantId, tenantId));
  return row ? readRow(row) : null;
}

/** What a tenant without a plan row has. */
export function defaultTenantPlan(): TenantPlan {
  return { ...defaults };
}

function readRow(row: { plan: string; state: string; interval: string | null; periodStart: Date | null; periodEnd: Date | null }): TenantPlan {
  return { ...row, state: isPlanState(row.state) ? row.state : "free", interval: row.interval === "month" || row.interval === "year" ? row.interval : null };
}

/** Sets a tenant's plan, standing or period (the billing module calls this). */
export async function writeTenantPlan(tx: Executor, tenantId: string, patch: Partial<TenantPlan>): Promise<void> {
  await tx
    .insert(tenantPlans)
    .values({ tenantId, ...defaults, ...patch })
    .onConflictDoUpdate({ target: tenantPlans.tenantId, set: { ...patch, updatedAt: sql`now()` } });
}

/** Tenant ids in one of `states` (the billing clock's daily sweep). */
export async function tenantsInStates(states: readonly PlanState[]): Promise<string[]> {
  if (states.length === 0) return [];
  const rows = await db.select({ id: tenantPlans.tenantId }).from(tenantPlans).where(inArray(tenantPlans.state, [...states]));
  return rows.map((r) => r.id);
}
