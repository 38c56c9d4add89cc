import { and, gte, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { errorCounts } from "@/db/schema/observability";

const bucketMs = 5 * 60_000;
const windowMs = 15 * 60_000;

/** Counts one unexpected error into its five-minute bucket (captureException's report does). */
export async function countError(at = new Date()): Promise<void> {
  const bucket = new Date(Math.floor(at.getTime() / bucketMs) * bucketMs);
  await db
    .insert(errorCounts)
    .values({ bucket, count: 1 })
    .onConflictDoUpdate({ target: errorCounts.bucket, set: { count: sql`${errorCounts.count} + 1` } });
}

/** Unexpected errors in the three five-minute buckets up to `now`: the current one and the two before (10 to 15 minutes). */
export async function errorsInWindow(now = new Date()): Promise<number> {
  const from = new Date(Math.floor((now.getTime() - windowMs) / bucketMs) * bucketMs + bucketMs);
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${errorCounts.count}), 0)::int` })
    .from(errorCounts)
    .where(and(gte(errorCounts.bucket, from), lte(errorCounts.bucket, now)));
  return Number(row?.n ?? 0);
}
