import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A deployment that runs jobs on Trigger.dev: TRIGGER_SECRET_KEY selects it (lib/jobs/keys.ts),
// and the SDK finds its API at TRIGGER_API_URL, set below once the stand-in listens.
const saved = vi.hoisted(() => {
  const before = Object.fromEntries(["TRIGGER_SECRET_KEY", "TRIGGER_API_URL"].map((name) => [name, process.env[name]]));
  process.env.TRIGGER_SECRET_KEY = "tr_dev_standin_trigger_test";
  return before;
});

const { eq, sql } = await import("drizzle-orm");
const { z } = await import("zod");
const { db } = await import("@/db/client");
const { jobs } = await import("@/db/schema/jobs");
const { defineJob, dispatchDueJobs, dispatchKey, enqueue, executeJob, sweepUndispatched, triggerDispatch } = await import("@/lib/jobs");
const { jobRow, testCatalog, uniqueJobId } = await import("@/lib/jobs/test-helpers");
const { startTriggerApi } = await import("./trigger-api");

const trigger = await startTriggerApi({ secretKey: "tr_dev_standin_trigger_test" });

beforeAll(() => {
  process.env.TRIGGER_API_URL = trigger.url;
});

afterAll(async () => {
  await trigger.close();
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** A job of its own (a unique task id), and what its runs did. */
function setup() {
  const ran: number[] = [];
  const catalog = testCatalog();
  const job = defineJob({
    id: uniqueJobId("dispatched"),
    schema: z.object({ n: z.number() }),
    run: async ({ n }) => {
      ran.push(n);
    },
  });
  catalog.register(job);
  const runsOf = () => trigger.runs.filter((run) => run.taskId === job.id);
  /** What a Trigger.dev worker does with a run: trigger/to-trigger-task.ts calls executeJob. */
  const work = async () => Promise.all(runsOf().map((run) => executeJob(catalog.catalog, (run.payload as { jobId: string }).jobId)));
  return { job, ran, catalog: catalog.catalog, runsOf, work };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("Trigger.dev stand-in, driven by the dispatcher and the Trigger.dev SDK", () => {
  it("hands every enqueued job over once, under its id as the idempotency key; each run executes it once", async () => {
    const { job, ran, catalog, runsOf, work } = setup();
    const ids = [await enqueue(db, job, { n: 1 }), await enqueue(db, job, { n: 2 }), await enqueue(db, job, { n: 3 })];

    expect(await dispatchDueJobs(catalog)).toBe(3);
    expect(await dispatchDueJobs(catalog)).toBe(0);
    expect(runsOf().map((run) => run.callerKey).sort()).toEqual([...ids].sort());
    for (const run of runsOf()) {
      const jobId = (run.payload as { jobId: string }).jobId;
      // The SDK hashes the caller's key (no task context, so no run scope) before sending it.
      expect(run.idempotencyKey).toBe(sha256(jobId));
      expect(run.payload).toEqual({ jobId, payload: { n: expect.any(Number) } });
      expect(run.options).toMatchObject({ payloadType: "application/super+json", idempotencyKeyOptions: { key: jobId, scope: "run" } });
      expect((await jobRow(jobId)).dispatchedAt).toBeInstanceOf(Date);
    }

    expect(await work()).toEqual(["succeeded", "succeeded", "succeeded"]);
    expect(ran.sort()).toEqual([1, 2, 3]);
  });

  it("keeps a job whose hand-over got a 500 undispatched; the next pass sends it under the same key, and the run already made is reused", async () => {
    const { job, ran, catalog, runsOf, work } = setup();
    const jobId = await enqueue(db, job, { n: 7 });
    // Trigger.dev stored the run but answered 500: the dispatcher cannot know the run exists.
    trigger.failNext(1, { accepted: true });

    expect(await dispatchDueJobs(catalog)).toBe(0);
    const failed = await jobRow(jobId);
    expect(failed).toMatchObject({ dispatchedAt: null, lockedAt: null });
    expect(failed.lastError).toContain("Dispatch failed");

    expect(await dispatchDueJobs(catalog)).toBe(1);
    expect(runsOf()).toHaveLength(1);
    expect(trigger.requests.filter((request) => request.callerKey === jobId).map((request) => request.status)).toEqual([500, 200]);
    expect((await jobRow(jobId)).dispatchedAt).toBeInstanceOf(Date);
    expect(await work()).toEqual(["succeeded"]);
    expect(ran).toEqual([7]);
  });

  it("sweeps a hand-over whose process died after Trigger.dev accepted it: the duplicate makes no second run", async () => {
    const { job, catalog, runsOf } = setup();
    const jobId = await enqueue(db, job, { n: 9 });
    // The dying process: it leased the row, Trigger.dev accepted the run, then it died unmarked.
    const [leased] = await db.update(jobs).set({ lockedBy: "dead-host:1", lockedAt: sql`now() - interval '1 minute'` }).where(eq(jobs.id, jobId)).returning();
    await triggerDispatch({ jobId, name: job.id, payload: leased!.payload, idempotencyKey: dispatchKey(leased!) });
    expect(runsOf()).toHaveLength(1);

    expect(await dispatchDueJobs(catalog)).toBe(0); // leased by someone else: not this pass's to send
    expect(await sweepUndispatched(catalog)).toBe(1);
    expect(runsOf()).toHaveLength(1);
    expect(trigger.requests.filter((request) => request.callerKey === jobId).map((request) => request.status)).toEqual([200, 200]);
    expect(await jobRow(jobId)).toMatchObject({ status: "pending", lockedBy: null });
    expect((await jobRow(jobId)).dispatchedAt).toBeInstanceOf(Date);
  });

  it("hands a retry over as a new run: a later hand-over's key carries the attempts made", async () => {
    let failing = true;
    const catalog = testCatalog();
    const job = defineJob({
      id: uniqueJobId("dispatched-retry"),
      schema: z.object({}),
      retry: { maxAttempts: 2, baseDelayMs: 1 },
      run: async () => {
        if (failing) throw new Error("provider down");
      },
    });
    catalog.register(job);
    const jobId = await enqueue(db, job, {});
    await dispatchDueJobs(catalog.catalog);
    expect(await executeJob(catalog.catalog, jobId)).toBe("retrying");
    failing = false;
    await db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(eq(jobs.id, jobId));
    await dispatchDueJobs(catalog.catalog);

    const runs = trigger.runs.filter((run) => run.taskId === job.id);
    expect(runs.map((run) => run.callerKey)).toEqual([jobId, `${jobId}:after-1`]);
    expect(await executeJob(catalog.catalog, jobId)).toBe("succeeded");
  });
});
