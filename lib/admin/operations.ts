import { and, count, desc, eq, inArray, lt, lte, min, sql } from "drizzle-orm";
import { currentDriver, db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { jobs } from "@/db/schema/jobs";
import { tenants } from "@/db/schema/tenants";
import { errors } from "@/lib/errors";
import { page } from "@/lib/http/pagination";
import type { UserContext } from "@/lib/tenants/context";
import { recordAudit } from "@/lib/audit";
import pkg from "@/package.json";
import { adminError } from "./errors";

export const jobStatuses = ["pending", "running", "succeeded", "dead", "canceled"] as const;

/** Platform-wide figures for the admin overview, the dead-letter count among them. */
export async function platformOverview() {
  const [[userCount], [tenantCount], jobCounts] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(tenants).where(sql`${tenants.deletedAt} is null`),
    db.select({ status: jobs.status, n: count() }).from(jobs).groupBy(jobs.status),
  ]);
  const byStatus = Object.fromEntries(jobCounts.map((row) => [row.status, row.n])) as Record<string, number>;
  return { users: userCount?.n ?? 0, tenants: tenantCount?.n ?? 0, jobsPending: byStatus.pending ?? 0, jobsDead: byStatus.dead ?? 0 };
}

/** Jobs by status and definition, newest first, with payload and last error. */
export async function listJobs(params: { status?: string; name?: string; cursor?: string; limit: number }) {
  const rows = await db
    .select({
      id: jobs.id,
      name: jobs.name,
      status: jobs.status,
      attempts: jobs.attempts,
      maxAttempts: jobs.maxAttempts,
      payload: jobs.payload,
      lastError: jobs.lastError,
      runAt: jobs.runAt,
      createdAt: jobs.createdAt,
      updatedAt: jobs.updatedAt,
    })
    .from(jobs)
    .where(and(params.status ? eq(jobs.status, params.status) : undefined, params.name ? eq(jobs.name, params.name) : undefined, params.cursor ? lt(jobs.id, params.cursor) : undefined))
    .orderBy(desc(jobs.id))
    .limit(params.limit + 1);
  return page(rows, params.limit);
}

/** The job definitions that have rows, for the filter. */
export async function jobNames(): Promise<string[]> {
  const rows = await db.selectDistinct({ name: jobs.name }).from(jobs).orderBy(jobs.name);
  return rows.map((r) => r.name);
}

/**
 * Cancels a job that has not run to the end: a pending one never runs, a dead one leaves the
 * dead-letter count. A running job is refused (409): its handler is already acting.
 */
export async function cancelJob(admin: UserContext, jobId: string, reason: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ status: jobs.status, name: jobs.name }).from(jobs).where(eq(jobs.id, jobId)).for("update");
    if (!row) throw errors.notFound("Job");
    const canceled = await tx
      .update(jobs)
      .set({ status: "canceled", lockedAt: null, lockedBy: null, completedAt: sql`now()` })
      .where(and(eq(jobs.id, jobId), inArray(jobs.status, ["pending", "dead"])))
      .returning({ id: jobs.id });
    if (!canceled.length) throw adminError("job_not_cancelable", `Job ${jobId} is ${row.status}; only a pending or dead job can be canceled.`);
    await recordAudit(tx, { action: "admin.job_canceled", actorId: admin.userId, targetType: "job", targetId: jobId, data: { reason, name: row.name, was: row.status } });
    return { id: jobId, status: "canceled" as const };
  });
}

/** Retries a dead job (`retry` is the app's, bound to every module's job catalog) and audits who did. */
export async function retryJobAudited(admin: UserContext, jobId: string, retry: (jobId: string) => Promise<void>) {
  await retry(jobId);
  await recordAudit(db, { action: "admin.job_retried", actorId: admin.userId, targetType: "job", targetId: jobId });
  return { id: jobId, status: "pending" as const };
}

/** What the system page shows: database latency, job lag and depth, versions and migrations. */
export async function systemStatus() {
  const started = performance.now();
  await db.execute(sql`select 1`);
  const databaseLatencyMs = Math.round((performance.now() - started) * 10) / 10;
  const [[due], [depth], migrations] = await Promise.all([
    db.select({ oldest: min(jobs.runAt) }).from(jobs).where(and(eq(jobs.status, "pending"), lte(jobs.runAt, sql`now()`))),
    db.select({ n: count() }).from(jobs).where(eq(jobs.status, "pending")),
    db.execute<{ n: number; newest: string | null }>(sql`select count(*)::int as n, max(created_at)::text as newest from drizzle.__drizzle_migrations`),
  ]);
  const oldest = due?.oldest ? new Date(due.oldest) : null;
  // drizzle records each applied migration with its journal timestamp (ms, as text here).
  const migrationRow = migrations.rows[0];
  return {
    database: { driver: currentDriver(), latencyMs: databaseLatencyMs },
    jobs: { lagMs: oldest ? Math.max(0, Date.now() - oldest.getTime()) : 0, queueDepth: depth?.n ?? 0 },
    version: { app: pkg.version, next: pkg.dependencies.next, node: process.version },
    migrations: { applied: Number(migrationRow?.n ?? 0), newestAt: migrationRow?.newest ? new Date(Number(migrationRow.newest)) : null },
  };
}
