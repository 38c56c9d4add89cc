import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { defineJob, enqueue, runDueJobs } from "@/lib/jobs";
import { jobRows, uniqueJobId, testCatalog } from "./test-helpers";

const testJobs = testCatalog();

describe("runDueJobs under concurrency", () => {
  it("never runs the same job twice when several runners poll at once", async () => {
    const runs = new Map<number, number>();
    const job = defineJob({
      id: uniqueJobId("concurrent"),
      schema: z.object({ n: z.number().int() }),
      run: async ({ n }) => {
        runs.set(n, (runs.get(n) ?? 0) + 1);
        // Yield so the runners' claims and runs interleave.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      },
    });
    testJobs.register(job);

    const ids = await db.transaction(async (tx) => {
      const created: string[] = [];
      for (let n = 0; n < 50; n++) created.push(await enqueue(tx, job, { n }));
      return created;
    });

    // Five runners, each polling until a pass finds nothing: they race for the same rows.
    const runner = async () => {
      let ran = 0;
      for (let batch = await runDueJobs(testJobs.catalog, { limit: 7 }); batch > 0; batch = await runDueJobs(testJobs.catalog, { limit: 7 })) ran += batch;
      return ran;
    };
    // PGlite runs every transaction under one lock: these calls race only on the Postgres pass.
    const counts = await Promise.all([runner(), runner(), runner(), runner(), runner()]);

    expect(runs.size).toBe(50);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    const rows = await jobRows(ids);
    expect(rows.every((row) => row.status === "succeeded" && row.attempts === 1)).toBe(true);
    // Every job was claimed by exactly one runner (other registered kinds may add to the sum).
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(50);
  });
});
