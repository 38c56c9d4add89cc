import { eq, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { usageRollups } from "@/db/schema/usage";
import { withTenant } from "@/lib/tenants/context";

/**
 * How far behind now the roll-up stops by default. An event's `received_at` is its transaction's
 * start time, so a slow transaction can commit a little after a later one; stopping short of now
 * leaves time for it to land before the watermark passes it.
 */
export const rollupLagMs = 2 * 60 * 1000;

const liveSql = sql.raw(`coalesce(e.properties->>'environment', 'live') <> 'test'`);

/**
 * Recomputes, from the raw events received up to `upTo`, every `granularity` bucket that an event
 * received after `since` falls in, and upserts it. Recomputing (not adding) is what makes a rerun
 * or a crash halfway harmless.
 */
async function recomputeBuckets(tx: Executor, tenantId: string, granularity: "hour" | "day", since: Date, upTo: Date) {
  const bucket = sql.raw(`date_trunc('${granularity}', e.timestamp at time zone 'UTC') at time zone 'UTC'`);
  await tx.execute(sql`
    insert into usage_aggregates (tenant_id, meter, granularity, bucket_start, quantity)
    select e.tenant_id, e.meter, ${granularity}, ${bucket} as bucket, sum(e.quantity)
    from usage_events e
    where e.tenant_id = ${tenantId} and e.received_at <= ${upTo} and ${liveSql}
      and (e.meter, ${bucket}) in (
        select e.meter, ${bucket} from usage_events e
        where e.tenant_id = ${tenantId} and e.received_at > ${since} and e.received_at <= ${upTo} and ${liveSql}
      )
    group by e.tenant_id, e.meter, bucket
    on conflict (tenant_id, meter, granularity, bucket_start) do update set quantity = excluded.quantity`);
}

/**
 * Rolls one tenant's live events received up to `upTo` into hourly and daily aggregates and moves
 * its watermark there. The watermark row is locked first, so concurrent runs take turns and an
 * older run can never overwrite a newer one's buckets. Returns false when already past `upTo`.
 */
export async function rollUpUsage(tenantId: string, upTo: Date = new Date(Date.now() - rollupLagMs)): Promise<boolean> {
  return withTenant({ tenantId }, async (tx) => {
    await tx.insert(usageRollups).values({ tenantId, watermark: new Date(0) }).onConflictDoNothing();
    const [row] = await tx.select({ watermark: usageRollups.watermark }).from(usageRollups).where(eq(usageRollups.tenantId, tenantId)).for("update");
    const since = row?.watermark ?? new Date(0);
    if (since >= upTo) return false;
    await recomputeBuckets(tx, tenantId, "hour", since, upTo);
    await recomputeBuckets(tx, tenantId, "day", since, upTo);
    await tx.update(usageRollups).set({ watermark: upTo, updatedAt: new Date() }).where(eq(usageRollups.tenantId, tenantId));
    return true;
  });
}

/** Rolls up every tenant with events received since its watermark (the hourly `usage.aggregate` job). */
export async function rollUpAllUsage(upTo: Date = new Date(Date.now() - rollupLagMs)): Promise<{ tenants: number }> {
  const result = await db.execute<{ tenant_id: string }>(sql`
    select distinct e.tenant_id from usage_events e
    left join usage_rollups r on r.tenant_id = e.tenant_id
    where e.received_at > coalesce(r.watermark, 'epoch'::timestamptz) and e.received_at <= ${upTo}`);
  let tenants = 0;
  for (const { tenant_id } of result.rows) if (await rollUpUsage(tenant_id, upTo)) tenants++;
  return { tenants };
}
