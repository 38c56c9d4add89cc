import { inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { jobs } from "@/db/schema";

/**
 * A job id no other test process uses: tests on a shared Postgres run in parallel, and a runner
 * only claims the jobs registered in its own process, so unique ids keep tests apart.
 */
export function uniqueJobId(task: string): string {
  return `test.${task}-${Math.random().toString(36).slice(2, 10)}`;
}

export async function jobRows(ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(jobs).where(inArray(jobs.id, ids));
}

export async function jobRow(id: string) {
  const [row] = await jobRows([id]);
  if (!row) throw new Error(`No job ${id}`);
  return row;
}
