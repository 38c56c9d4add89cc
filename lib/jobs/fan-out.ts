import { and, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { events } from "@/db/schema/jobs";
import type { JobCatalog } from "./catalog";
import { enqueue } from "./enqueue";

export type FanOutOptions = {
  /** Most events handled per call. @default 100 */
  limit?: number;
};

/**
 * Turns committed events into subscriber jobs: for each event of a type the catalog subscribes
 * to, one job per subscriber that wants it (its `wants` filter, if any; keyed `event:<event id>:<job id>`, so a repeat enqueues nothing),
 * then marks the event fanned out, all in one transaction. Rows are taken `FOR UPDATE SKIP
 * LOCKED`, so several processes share the work. Only subscribed types are touched: a process
 * (a test) with other subscriptions leaves the rest for whoever subscribes to them.
 *
 * An event waits at most one runner poll. Events of a type nobody subscribes to stay unmarked; a
 * module installed later picks up only events from the last `replayWindowDays`.
 */
export async function fanOutEvents(catalog: JobCatalog, opts: FanOutOptions = {}): Promise<number> {
  const types = [...catalog.subscribers.keys()];
  if (types.length === 0) return 0;
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: events.id, type: events.type, tenantId: events.tenantId })
      .from(events)
      .where(and(isNull(events.fannedOutAt), inArray(events.type, types), sql`${events.createdAt} > now() - ${replayWindowDays} * interval '1 day'`))
      .orderBy(events.id)
      .limit(opts.limit ?? 100)
      .for("update", { skipLocked: true });
    for (const event of due) {
      for (const job of catalog.subscribers.get(event.type) ?? []) {
        if (job.wants && !(await job.wants(tx, event))) continue;
        await enqueue(tx, job, { eventId: event.id }, { idempotencyKey: `event:${event.id}:${job.id}` });
      }
    }
    if (due.length > 0) {
      await tx.update(events).set({ fannedOutAt: sql`now()` }).where(inArray(events.id, due.map((e) => e.id)));
    }
    return due.length;
  });
}

/** How far back a newly added subscriber reaches (and how long a stopped runner can catch up). */
export const replayWindowDays = 7;
