import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { events, jobs } from "@/db/schema/jobs";
import { defineJob, drainJobs, emit, enqueue } from "@/lib/jobs";
import { jobRow, jobRows, uniqueJobId, testCatalog } from "./test-helpers";

const testJobs = testCatalog();

class Rollback extends Error {}

function countingJob() {
  const runs: number[] = [];
  const job = defineJob({
    id: uniqueJobId("count"),
    schema: z.object({ n: z.number().int() }),
    run: async ({ n }) => {
      runs.push(n);
    },
  });
  testJobs.register(job);
  return { job, runs };
}

describe("enqueue (transactional outbox)", () => {
  it("leaves no job when the transaction rolls back", async () => {
    const { job } = countingJob();
    let jobId = "";
    await expect(
      db.transaction(async (tx) => {
        jobId = await enqueue(tx, job, { n: 1 });
        // Written in the caller's transaction (an enqueue that wrote nothing would pass below)…
        expect(await tx.select({ name: jobs.name }).from(jobs).where(eq(jobs.id, jobId))).toEqual([{ name: job.id }]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(jobId).toMatch(/^job_/);
    // …and gone with it.
    expect(await jobRows([jobId])).toEqual([]);
  });

  it("runs a committed job exactly once", async () => {
    const { job, runs } = countingJob();
    const jobId = await db.transaction((tx) => enqueue(tx, job, { n: 7 }));
    await drainJobs(testJobs.catalog);
    await drainJobs(testJobs.catalog);
    expect(runs).toEqual([7]);
    const row = await jobRow(jobId);
    expect(row).toMatchObject({ status: "succeeded", attempts: 1, lockedBy: null });
    expect(row.completedAt).toBeInstanceOf(Date);
  });

  it("validates the payload at enqueue", async () => {
    const { job } = countingJob();
    // @ts-expect-error -- a wrong payload type is a compile error too
    await expect(enqueue(db, job, { n: "seven" })).rejects.toThrow();
  });

  it("returns the existing job for a repeated idempotency key", async () => {
    const { job, runs } = countingJob();
    const key = `${job.id}:once`;
    const first = await enqueue(db, job, { n: 1 }, { idempotencyKey: key });
    const second = await db.transaction((tx) => enqueue(tx, job, { n: 2 }, { idempotencyKey: key }));
    expect(second).toBe(first);
    expect(await db.select().from(jobs).where(eq(jobs.idempotencyKey, key))).toHaveLength(1);
    await drainJobs(testJobs.catalog);
    expect(runs).toEqual([1]);
  });

  it("leaves a job scheduled in the future alone", async () => {
    const { job, runs } = countingJob();
    const jobId = await enqueue(db, job, { n: 1 }, { runAt: new Date(Date.now() + 60_000) });
    await drainJobs(testJobs.catalog);
    expect(runs).toEqual([]);
    expect((await jobRow(jobId)).status).toBe("pending");
  });
});

describe("emit", () => {
  function subscriber() {
    const seen: string[] = [];
    const job = defineJob({
      id: uniqueJobId("on-event"),
      schema: z.object({ eventId: z.string() }),
      run: async ({ eventId }) => {
        seen.push(eventId);
      },
    });
    const type = `test.happened-${Math.random().toString(36).slice(2, 10)}`;
    testJobs.subscribe(type, job);
    return { job, type, seen };
  }

  it("records the event in the caller's transaction; the runner fans it out to each subscriber once", async () => {
    const { job, type, seen } = subscriber();
    const other = defineJob({ id: uniqueJobId("other"), schema: z.object({ eventId: z.string() }), run: async () => {} });
    testJobs.subscribe(type, other);
    const eventId = await db.transaction(async (tx) => {
      const id = await emit(tx, type, { tenantId: "org_test", answer: 42 });
      expect(await tx.select({ id: events.id }).from(events).where(eq(events.id, id))).toEqual([{ id }]);
      return id;
    });
    const [event] = await db.select().from(events).where(eq(events.id, eventId));
    expect(event).toMatchObject({ type, tenantId: "org_test", data: { tenantId: "org_test", answer: 42 }, fannedOutAt: null });

    await drainJobs(testJobs.catalog);
    expect(seen).toEqual([eventId]);
    for (const name of [job.id, other.id]) {
      const fanOut = await db.select().from(jobs).where(eq(jobs.name, name));
      expect(fanOut.map((row) => [row.payload, row.status])).toEqual([[{ eventId }, "succeeded"]]);
    }
    const [after] = await db.select().from(events).where(eq(events.id, eventId));
    expect(after?.fannedOutAt).toBeInstanceOf(Date);

    // A second pass (another process, a retry) enqueues nothing more.
    await drainJobs(testJobs.catalog);
    expect(seen).toEqual([eventId]);
    expect(await db.select().from(jobs).where(eq(jobs.name, job.id))).toHaveLength(1);
  });

  it("enqueues a subscriber with a `wants` filter only for the events it wants, and marks every event fanned out", async () => {
    const seen: string[] = [];
    const asked: string[] = [];
    const picky = defineJob({
      id: uniqueJobId("picky"),
      schema: z.object({ eventId: z.string() }),
      wants: async (tx, event) => {
        asked.push(event.tenantId ?? "none");
        return event.tenantId === "org_wanted";
      },
      run: async ({ eventId }) => {
        seen.push(eventId);
      },
    });
    const type = `test.filtered-${Math.random().toString(36).slice(2, 10)}`;
    testJobs.subscribe(type, picky);
    const wanted = await emit(db, type, { tenantId: "org_wanted" });
    const unwanted = await emit(db, type, { tenantId: "org_other" });
    await drainJobs(testJobs.catalog);
    expect(seen).toEqual([wanted]);
    expect(asked.sort()).toEqual(["org_other", "org_wanted"]);
    expect((await db.select().from(jobs).where(eq(jobs.name, picky.id))).map((row) => row.payload)).toEqual([{ eventId: wanted }]);
    const marked = await db.select({ id: events.id, at: events.fannedOutAt }).from(events).where(inArray(events.id, [wanted, unwanted]));
    expect(marked.every((row) => row.at instanceof Date)).toBe(true);
  });

  it("works through a backlog of events that make no job, so the events behind it still reach their subscriber", async () => {
    // On a shared database other files leave events whose subscribers want none of them (a
    // webhook fan-out for tenants without endpoints): more than one fan-out batch (100) of them.
    const seen: string[] = [];
    const picky = defineJob({
      id: uniqueJobId("behind-backlog"),
      schema: z.object({ eventId: z.string() }),
      wants: async (_tx, event) => event.tenantId === "org_wanted",
      run: async ({ eventId }) => {
        seen.push(eventId);
      },
    });
    const type = `test.backlog-${Math.random().toString(36).slice(2, 10)}`;
    testJobs.subscribe(type, picky);
    await db.transaction(async (tx) => {
      for (let i = 0; i < 250; i++) await emit(tx, type, { tenantId: "org_other" });
    });
    const wanted = await emit(db, type, { tenantId: "org_wanted" });
    await drainJobs(testJobs.catalog);
    expect(seen).toEqual([wanted]);
  });

  it("leaves events of types it does not subscribe to for the process that does", async () => {
    const type = `test.unheard-${Math.random().toString(36).slice(2, 10)}`;
    const eventId = await emit(db, type, { tenantId: null });
    await drainJobs(testJobs.catalog);
    const [event] = await db.select().from(events).where(eq(events.id, eventId));
    expect(event?.fannedOutAt).toBeNull();
  });

  it("writes neither when the transaction rolls back", async () => {
    const { job, type } = subscriber();
    let eventId = "";
    await expect(
      db.transaction(async (tx) => {
        eventId = await emit(tx, type, { tenantId: null });
        // Recorded in the caller's transaction (an emit that wrote nothing would pass below)…
        expect(await tx.select({ type: events.type }).from(events).where(eq(events.id, eventId))).toEqual([{ type }]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    // …and rolled back with it, so no subscriber ever hears of it.
    expect(await db.select().from(events).where(eq(events.id, eventId))).toEqual([]);
    await drainJobs(testJobs.catalog);
    expect(await db.select().from(jobs).where(eq(jobs.name, job.id))).toEqual([]);
  });
});

describe("startJobRunner", () => {
  it("stays off with JOBS_RUNNER=off (tests drain jobs themselves)", async () => {
    const { startJobRunner, jobRunnerStatus } = await import("@/lib/jobs");
    startJobRunner(testJobs.catalog);
    expect(jobRunnerStatus()).toEqual({ running: false, lastTickAt: null, engine: "in-process" });
  });
});
