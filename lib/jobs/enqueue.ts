import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { events, jobs } from "@/db/schema/jobs";
import { newId } from "@/lib/ids";
import type { JobDefinition } from "./define";

export type EnqueueOptions = {
  /** Earliest time the job may run. @default now */
  runAt?: Date;
  /**
   * A second enqueue with the same key is a no-op that returns the first job's id. Backed by a
   * unique index, so it holds across processes and concurrent transactions. @default none
   */
  idempotencyKey?: string;
};

/**
 * Enqueues a job in the caller's transaction (the transactional outbox): the job exists if and
 * only if the caller's change commits. Throws when the payload fails the job's schema.
 */
export async function enqueue<T>(
  executor: Executor,
  job: JobDefinition<T>,
  payload: T,
  opts: EnqueueOptions = {},
): Promise<string> {
  const parsed = job.parse(payload);
  const id = newId("job");
  const inserted = await executor
    .insert(jobs)
    .values({
      id,
      name: job.id,
      payload: parsed,
      maxAttempts: job.retry.maxAttempts,
      idempotencyKey: opts.idempotencyKey,
      ...(opts.runAt ? { runAt: opts.runAt } : {}),
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  if (inserted[0]) return inserted[0].id;
  if (!opts.idempotencyKey) throw new Error(`Could not enqueue job "${job.id}".`);
  // The key is taken: a conflicting insert waits for the other transaction, so the row is visible.
  const [existing] = await executor
    .select({ id: jobs.id })
    .from(jobs)
    .where(eq(jobs.idempotencyKey, opts.idempotencyKey));
  if (!existing) throw new Error(`Job with idempotency key "${opts.idempotencyKey}" vanished.`);
  return existing.id;
}

/** Event data; `tenantId` is lifted into its own column so events can be listed per tenant. */
export type EventData = Record<string, unknown> & { tenantId?: string | null };

/**
 * Records a domain event in the caller's executor, so it commits with the change it announces or
 * not at all. The runner fans it out to the subscribed jobs (`fanOutEvents`): the emitter never
 * needs to know who listens.
 */
export async function emit(executor: Executor, type: string, data: EventData): Promise<string> {
  const id = newId("event");
  await executor.insert(events).values({ id, type, tenantId: data.tenantId ?? null, data });
  return id;
}

/** `emit` for many events of one type in one insert (a segment's members entering at once). */
export async function emitMany(executor: Executor, type: string, list: readonly EventData[]): Promise<string[]> {
  const rows = list.map((data) => ({ id: newId("event"), type, tenantId: data.tenantId ?? null, data }));
  for (let i = 0; i < rows.length; i += 1000) await executor.insert(events).values(rows.slice(i, i + 1000));
  return rows.map((row) => row.id);
}
