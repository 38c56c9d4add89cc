import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import {
  defineJob,
  dispatchDueJobs,
  enqueue,
  executeJob,
  sweepUndispatched,
  type DispatchedJob,
} from "@/lib/jobs";
import { jobRow, jobRows, uniqueJobId, testCatalog } from "./test-helpers";

const testJobs = testCatalog();

function setup() {
  const ran: number[] = [];
  const job = defineJob({
    id: uniqueJobId("dispatched"),
    schema: z.object({ n: z.number() }),
    retry: { maxAttempts: 2, baseDelayMs: 1 },
    run: async ({ n }) => {
      ran.push(n);
      if (n < 0) throw new Error("negative");
    },
  });
  testJobs.register(job);
  const sent: DispatchedJob[] = [];
  // Stands in for tasks.trigger: records what would be handed to Trigger.dev.
  const dispatch = async (handed: DispatchedJob) => {
    sent.push(handed);
  };
  const mine = (ids: string[]) => sent.filter((handed) => ids.includes(handed.jobId));
  return { job, ran, sent, dispatch, mine };
}

describe("Trigger.dev dispatch", () => {
  it("hands due jobs over once and marks them dispatched", async () => {
    const { job, dispatch, mine } = setup();
    const ids = [await enqueue(db, job, { n: 1 }), await enqueue(db, job, { n: 2 })];
    const later = await enqueue(db, job, { n: 3 }, { runAt: new Date(Date.now() + 60_000) });

    await dispatchDueJobs(testJobs.catalog, { dispatch });
    await dispatchDueJobs(testJobs.catalog, { dispatch });
    expect(mine(ids).map((handed) => handed.idempotencyKey).sort()).toEqual([...ids].sort());
    expect(mine(ids)[0]).toMatchObject({ name: job.id, payload: { n: expect.any(Number) } });
    expect(mine([later])).toEqual([]);
    for (const row of await jobRows(ids)) {
      expect(row).toMatchObject({ status: "pending", lockedBy: null });
      expect(row.dispatchedAt).toBeInstanceOf(Date);
    }
    expect((await jobRow(later)).dispatchedAt).toBeNull();
  });

  it("keeps a job undispatched when the hand-over fails, and sends it on the next pass", async () => {
    const { job, dispatch, mine } = setup();
    const jobId = await enqueue(db, job, { n: 1 });
    await dispatchDueJobs(testJobs.catalog, {
      dispatch: async (handed) => {
        if (handed.jobId === jobId) throw new Error("Trigger.dev unreachable");
      },
    });
    expect(await jobRow(jobId)).toMatchObject({ dispatchedAt: null, lockedAt: null });
    expect((await jobRow(jobId)).lastError).toContain("Trigger.dev unreachable");
    await dispatchDueJobs(testJobs.catalog, { dispatch });
    expect(mine([jobId])).toHaveLength(1);
  });

  it("sweeps hand-overs that started over 30 s ago and never got marked", async () => {
    const { job, dispatch, mine } = setup();
    const [stale, fresh] = [await enqueue(db, job, { n: 1 }), await enqueue(db, job, { n: 2 })];
    // Two processes died mid-hand-over: one a minute ago, one just now.
    await db.update(jobs).set({ lockedBy: "dead-host:1", lockedAt: sql`now() - interval '1 minute'` }).where(eq(jobs.id, stale));
    await db.update(jobs).set({ lockedBy: "dead-host:2", lockedAt: sql`now()` }).where(eq(jobs.id, fresh));

    await dispatchDueJobs(testJobs.catalog, { dispatch });
    expect(mine([stale, fresh])).toEqual([]);

    await sweepUndispatched(testJobs.catalog, { dispatch });
    expect(mine([stale, fresh]).map((handed) => handed.jobId)).toEqual([stale]);
    // Same key as the lost hand-over, so Trigger.dev drops it if the first one did arrive.
    expect(mine([stale])[0]?.idempotencyKey).toBe(stale);
    expect((await jobRow(stale)).dispatchedAt).toBeInstanceOf(Date);
    expect((await jobRow(fresh)).dispatchedAt).toBeNull();
  });

  it("executeJob runs a dispatched job like the in-process runner, retry hand-overs get new keys", async () => {
    const { job, ran, dispatch, mine } = setup();
    const ok = await enqueue(db, job, { n: 1 });
    const failing = await enqueue(db, job, { n: -1 });
    await dispatchDueJobs(testJobs.catalog, { dispatch });

    expect(await executeJob(testJobs.catalog, ok)).toBe("succeeded");
    expect(await executeJob(testJobs.catalog, ok)).toBe("skipped");
    expect(await jobRow(ok)).toMatchObject({ status: "succeeded", attempts: 1 });

    expect(await executeJob(testJobs.catalog, failing)).toBe("retrying");
    const retrying = await jobRow(failing);
    expect(retrying).toMatchObject({ status: "pending", attempts: 1, dispatchedAt: null });
    await db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(inArray(jobs.id, [failing]));
    await dispatchDueJobs(testJobs.catalog, { dispatch });
    expect(mine([failing]).map((handed) => handed.idempotencyKey)).toEqual([failing, `${failing}:after-1`]);
    expect(await executeJob(testJobs.catalog, failing)).toBe("dead");
    expect(ran).toEqual([1, -1, -1]);
  });
});
