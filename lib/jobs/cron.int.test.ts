import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { defineJob, nextCronSlot, scheduleCronJob, scheduleCronJobs } from "@/lib/jobs";
import { uniqueJobId, testCatalog } from "./test-helpers";

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

  it("refuses a cron job whose schema rejects {} and a malformed pattern", () => {
    const run = async () => {};
    expect(() => defineJob({ id: "test.bad-cron", schema: z.object({ n: z.number() }), cron: "* * * * *", run })).toThrow();
    expect(() => defineJob({ id: "test.bad-pattern", schema: z.object({}), cron: "every tuesday", run })).toThrow();
  });
});
