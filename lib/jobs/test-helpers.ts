import { inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import type { EventJob, JobCatalog } from "./catalog";
import type { AnyJobDefinition } from "./define";

/**
 * A job id no other test process uses: tests on a shared Postgres run in parallel, and a runner
 * only claims the jobs of its own catalog, so unique ids keep tests apart.
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

/**
 * A catalog a test fills as it goes: `register(job)` and `subscribe(type, job)` add to it, and
 * `catalog` is what the runner functions take.
 */
export function testCatalog() {
  const jobs = new Map<string, AnyJobDefinition>();
  const subscribers = new Map<string, EventJob[]>();
  const catalog: JobCatalog = { jobs, subscribers };
  return {
    catalog,
    register(job: AnyJobDefinition) {
      jobs.set(job.id, job);
    },
    subscribe(type: string, job: EventJob) {
      jobs.set(job.id, job as AnyJobDefinition);
      subscribers.set(type, [...(subscribers.get(type) ?? []), job]);
    },
  };
}
