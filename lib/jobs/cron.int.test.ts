import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { cronSlotKey, defineJob, enqueue, latestCronSlot, nextCronSlot, runCronSlot, runDueJobs, runJobsTick, scheduleCronJob, scheduleCronJobs } from "@/lib/jobs";
import { jobRow, uniqueJobId, testCatalog } from "./test-helpers";

const testJobs = testCatalog();

function nightlyJob() {
  const job = defineJob({ id: uniqueJobId("nightly"), schema: z.object({}), cron: "0 3 * * *", run: async () => {} });
  testJobs.register(job);
  return job;
}

describe("cron scheduling", () => {
  it("computes the next slot in UTC", () => {
    expect(nextCronSlot("0 3 * * *", new Date("2030-01-01T05:00:00Z"))?.toISOString()).toBe("2030-01-02T03:00:00.000Z");
  });

  it("enqueues a slot once, however many processes schedule it", async () => {
    const job = nightlyJob();
    // Two "processes" (ticks at different moments before the same slot) race to schedule it.
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const [first, second] = await Promise.all([
      scheduleCronJob(job, new Date("2030-01-01T05:00:00Z")),
      scheduleCronJob(job, new Date("2030-01-01T23:59:00Z")),
    ]);
    expect(first).toBeTruthy();
    expect(second).toBe(first);
    const rows = await db.select().from(jobs).where(eq(jobs.name, job.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: "pending",
      payload: {},
      idempotencyKey: `cron:${job.id}:2030-01-02T03:00:00.000Z`,
      runAt: new Date("2030-01-02T03:00:00Z"),
    });
  });

  it("schedules every registered cron job's next slot, idempotently", async () => {
    const job = nightlyJob();
    const now = new Date();
    await scheduleCronJobs(testJobs.catalog, now);
    await scheduleCronJobs(testJobs.catalog, now);
    const rows = await db.select().from(jobs).where(eq(jobs.name, job.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.runAt).toEqual(nextCronSlot("0 3 * * *", now));
  });

  it("finds the latest slot at or before a time, in UTC", () => {
    expect(latestCronSlot("0 3 * * *", new Date("2030-01-02T03:00:00Z"))?.toISOString()).toBe("2030-01-02T03:00:00.000Z");
    expect(latestCronSlot("0 3 * * *", new Date("2030-01-02T02:59:59Z"))?.toISOString()).toBe("2030-01-01T03:00:00.000Z");
    expect(latestCronSlot("*/5 * * * *", new Date("2030-01-02T10:07:30.250Z"))?.toISOString()).toBe("2030-01-02T10:05:00.000Z");
  });

  it("runs a slot once when a Trigger.dev schedule fires for it, whoever enqueued it first", async () => {
    let runs = 0;
    const job = defineJob({ id: uniqueJobId("scheduled"), schema: z.object({}), cron: "0 3 * * *", run: async () => void runs++ });
    testJobs.register(job);
    // The in-process runner enqueued the slot ahead of time; then Trigger.dev fires, a few ms late.
    const ahead = await scheduleCronJob(job, new Date("2030-01-01T05:00:00Z"));
    const fired = await runCronSlot(testJobs.catalog, job, new Date("2030-01-02T03:00:00.042Z"));
    expect(fired).toEqual({ jobId: ahead, slot: "2030-01-02T03:00:00.000Z", outcome: "succeeded" });
    // Fired again (a redelivered run), or a second scheduler on the same slot: nothing more runs.
    expect((await runCronSlot(testJobs.catalog, job, new Date("2030-01-02T03:00:00Z"))).outcome).toBe("skipped");
    expect(runs).toBe(1);
    expect(await jobRow(fired.jobId)).toMatchObject({ status: "succeeded", attempts: 1, idempotencyKey: cronSlotKey(job.id, new Date("2030-01-02T03:00:00Z")) });
    // A slot nobody enqueued ahead is enqueued by the schedule itself.
    const alone = await runCronSlot(testJobs.catalog, job, new Date("2030-01-03T03:00:00Z"));
    expect(alone.outcome).toBe("succeeded");
    expect(runs).toBe(2);
  });

  it("catches up a slot that fell due within the window, and no older one", async () => {
    const job = defineJob({ id: uniqueJobId("catch-up"), schema: z.object({}), cron: "0 * * * *", run: async () => {} });
    const own = testCatalog();
    own.register(job);
    const { catalog } = own;
    await scheduleCronJobs(catalog, new Date("2030-01-01T10:04:00Z"), { catchUpMs: 5 * 60_000 });
    await scheduleCronJobs(catalog, new Date("2030-01-01T11:06:00Z"), { catchUpMs: 5 * 60_000 });
    const keys = (await db.select().from(jobs).where(eq(jobs.name, job.id))).map((row) => row.idempotencyKey).sort();
    expect(keys).toEqual(["2030-01-01T10:00:00.000Z", "2030-01-01T11:00:00.000Z", "2030-01-01T12:00:00.000Z"].map((at) => cronSlotKey(job.id, new Date(at))));
  });

  it("does a bounded share of the work per call and says when more is due", async () => {
    const ran: number[] = [];
    const job = defineJob({ id: uniqueJobId("bounded"), schema: z.object({ n: z.number() }), run: async ({ n }) => void ran.push(n) });
    const own = testCatalog();
    own.register(job);
    const { catalog } = own;
    for (let n = 0; n < 14; n++) await enqueue(db, job, { n });
    expect(await runJobsTick(catalog, { maxJobs: 12 })).toMatchObject({ engine: "in-process", ran: 12, more: true });
    expect(await runJobsTick(catalog, { maxJobs: 12 })).toMatchObject({ ran: 2, more: false });
    expect(new Set(ran).size).toBe(14);
    expect(await runDueJobs(catalog)).toBe(0);
  });

  it("refuses a cron job whose schema rejects {} and a malformed pattern", () => {
    const run = async () => {};
    expect(() => defineJob({ id: "test.bad-cron", schema: z.object({ n: z.number() }), cron: "* * * * *", run })).toThrow();
    expect(() => defineJob({ id: "test.bad-pattern", schema: z.object({}), cron: "every tuesday", run })).toThrow();
  });
});
