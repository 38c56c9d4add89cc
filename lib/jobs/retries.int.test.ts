import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { DomainError } from "@/lib/errors";
import { PermanentJobError, defineJob, drainJobs, enqueue, reclaimStuckJobs, retryJob, runDueJobs } from "@/lib/jobs";
import { newId } from "@/lib/ids";
import { jobRow, uniqueJobId, testCatalog } from "./test-helpers";

const testJobs = testCatalog();

const baseDelayMs = 60_000;

function flakyJob(maxAttempts: number) {
  const state = { failing: true, runs: [] as number[] };
  const job = defineJob({
    id: uniqueJobId("flaky"),
    schema: z.object({ ok: z.boolean() }),
    retry: { maxAttempts, baseDelayMs, maxDelayMs: 10 * baseDelayMs },
    run: async (_payload, { attempt }) => {
      state.runs.push(attempt);
      if (state.failing) throw new Error(`provider down (attempt ${attempt})`);
    },
  });
  testJobs.register(job);
  return { job, state };
}

/** Backdates a job so the next runner pass picks it up without waiting out its backoff. */
async function makeDue(jobId: string) {
  await db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(eq(jobs.id, jobId));
}

describe("retries", () => {
  it("backs off, dead-letters after maxAttempts, and revives with retryJob", async () => {
    const { job, state } = flakyJob(3);
    const jobId = await enqueue(db, job, { ok: true });

    let previousRunAt = (await jobRow(jobId)).runAt;
    for (const attempt of [1, 2]) {
      const before = Date.now();
      await drainJobs(testJobs.catalog);
      const row = await jobRow(jobId);
      expect(row).toMatchObject({ status: "pending", attempts: attempt, lockedBy: null });
      expect(row.lastError).toContain(`provider down (attempt ${attempt})`);
      // Full jitter: somewhere between now and the cap for this attempt.
      expect(row.runAt.getTime()).toBeGreaterThan(previousRunAt.getTime());
      expect(row.runAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(row.runAt.getTime()).toBeLessThanOrEqual(Date.now() + baseDelayMs * 2 ** (attempt - 1) + 1000);
      await makeDue(jobId);
      previousRunAt = (await jobRow(jobId)).runAt;
    }

    await drainJobs(testJobs.catalog);
    const dead = await jobRow(jobId);
    expect(dead).toMatchObject({ status: "dead", attempts: 3 });
    expect(dead.lastError).toContain("provider down (attempt 3)");
    expect(dead.completedAt).toBeInstanceOf(Date);
    expect(state.runs).toEqual([1, 2, 3]);

    // A dead job stays dead until someone retries it.
    await drainJobs(testJobs.catalog);
    expect(state.runs).toHaveLength(3);

    state.failing = false;
    await retryJob(testJobs.catalog, jobId);
    const revived = await jobRow(jobId);
    expect(revived).toMatchObject({ status: "pending", attempts: 3, maxAttempts: 6 });
    expect(revived.lastError).toContain("provider down");
    await drainJobs(testJobs.catalog);
    expect(await jobRow(jobId)).toMatchObject({ status: "succeeded", attempts: 4 });
    expect(state.runs).toEqual([1, 2, 3, 4]);
  });

  it("refuses to retry a job that is not dead, and an unknown job", async () => {
    const { job } = flakyJob(1);
    const jobId = await enqueue(db, job, { ok: true }, { runAt: new Date(Date.now() + 60_000) });
    await expect(retryJob(testJobs.catalog, jobId)).rejects.toMatchObject({ code: "conflict" });
    await expect(retryJob(testJobs.catalog, newId("job"))).rejects.toBeInstanceOf(DomainError);
  });

  it("dead-letters a payload that fails the schema at run time, without retrying", async () => {
    const { job, state } = flakyJob(5);
    const jobId = newId("job");
    // Written behind enqueue's back, like a row from an older version of the schema.
    await db.insert(jobs).values({ id: jobId, name: job.id, payload: { ok: "yes" }, maxAttempts: 5 });
    await drainJobs(testJobs.catalog);
    const row = await jobRow(jobId);
    expect(row).toMatchObject({ status: "dead", attempts: 1 });
    expect(row.lastError).toContain("Invalid payload");
    expect(state.runs).toEqual([]);
  });

  it("dead-letters a PermanentJobError on its first attempt, and retryJob still revives it", async () => {
    const runs: number[] = [];
    let refuse = true;
    const job = defineJob({
      id: uniqueJobId("refused"),
      schema: z.object({ ok: z.boolean() }),
      retry: { maxAttempts: 5, baseDelayMs },
      run: async (_payload, { attempt }) => {
        runs.push(attempt);
        if (refuse) throw new PermanentJobError("provider refused the payload", { cause: new Error("422 invalid_from_address") });
      },
    });
    testJobs.register(job);
    const jobId = await enqueue(db, job, { ok: true });
    await drainJobs(testJobs.catalog);
    const dead = await jobRow(jobId);
    expect(dead).toMatchObject({ status: "dead", attempts: 1 });
    expect(dead.lastError).toContain("PermanentJobError: provider refused the payload");
    expect(runs).toEqual([1]);

    refuse = false;
    await retryJob(testJobs.catalog, jobId);
    await drainJobs(testJobs.catalog);
    expect(await jobRow(jobId)).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("reclaims a job stuck in running after its process died", async () => {
    const { job, state } = flakyJob(5);
    state.failing = false;
    const jobId = await enqueue(db, job, { ok: true });
    await db
      .update(jobs)
      .set({ status: "running", attempts: 1, lockedBy: "dead-host:1", lockedAt: sql`now() - interval '10 minutes'` })
      .where(eq(jobs.id, jobId));
    expect(await runDueJobs(testJobs.catalog)).toBe(0);
    expect(await reclaimStuckJobs()).toBeGreaterThanOrEqual(1);
    expect(await jobRow(jobId)).toMatchObject({ status: "pending", lockedBy: null });
    await drainJobs(testJobs.catalog);
    expect(await jobRow(jobId)).toMatchObject({ status: "succeeded", attempts: 2 });
  });
});
