import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";

// Before any import reads the environment: the deployment's cron secret, and one more cron job in
// the app's catalog (every minute, so a slot is always due) that records each run.
const setup = vi.hoisted(() => {
  const before = process.env.CRON_SECRET;
  process.env.CRON_SECRET = "test-cron-secret-0123456789abcdef";
  const jobId = `test.every-minute-${Math.random().toString(36).slice(2, 10)}`;
  return { before, secret: process.env.CRON_SECRET, jobId, runs: [] as { jobId: string; attempt: number }[] };
});

vi.mock("@/lib/app/jobs", async (original) => {
  const app = await original<typeof import("@/lib/app/jobs")>();
  const { z } = await import("zod");
  const { defineJob, jobCatalog, runCronCall } = await import("@/lib/jobs");
  const everyMinute = defineJob({
    id: setup.jobId,
    schema: z.object({}),
    cron: "* * * * *",
    run: async (_, meta) => {
      setup.runs.push(meta);
      // Yield, so two concurrent calls' claims and runs interleave.
      await new Promise((resolve) => setTimeout(resolve, 5));
    },
  });
  const jobs = jobCatalog({ jobs: [...app.jobs.jobs.values(), everyMinute] }, { subscriptions: Object.fromEntries(app.jobs.subscribers) });
  return { ...app, jobs, runCronCall: (now?: Date) => runCronCall(jobs, now) };
});

afterAll(() => {
  if (setup.before === undefined) delete process.env.CRON_SECRET;
  else process.env.CRON_SECRET = setup.before;
});

const { db } = await import("@/db/client");
const { jobs } = await import("@/db/schema/jobs");
const { jobs: catalog } = await import("@/lib/app");
const { cronJobs, cronSlotKey, latestCronSlot, nextCronSlot } = await import("@/lib/jobs");
const { call, callJson } = await import("./client");

type TickAnswer = { engine: string; cronSlots: number; ran: number; handedOver: number; more: boolean };

describe("/internal/cron", () => {
  it("answers 401 in the envelope without the right bearer secret, and does nothing", async () => {
    const before = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.name, setup.jobId));
    const wrong: [string, Record<string, string>][] = [
      ["no header", {}],
      ["a wrong secret", { authorization: "Bearer test-cron-secret-0123456789abcdeX" }],
      ["a prefix of it", { authorization: `Bearer ${setup.secret.slice(0, -1)}` }],
      ["not a bearer", { authorization: setup.secret }],
      ["basic auth", { authorization: `Basic ${Buffer.from(`cron:${setup.secret}`).toString("base64")}` }],
    ];
    for (const method of ["GET", "POST"] as const) {
      for (const [label, headers] of wrong) {
        const res = await callJson<{ error: { code: string; message: string; requestId: string } }>(method, "/internal/cron", { headers });
        expect(res.status, `${method} ${label}`).toBe(401);
        expect(res.body.error, `${method} ${label}`).toMatchObject({ code: "unauthorized", requestId: expect.stringMatching(/^req_/) });
      }
    }
    expect(await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.name, setup.jobId))).toEqual(before);
    expect(setup.runs).toEqual([]);
  });

  it("enqueues each due slot once and runs it once, even when called twice at the same time", async () => {
    const started = new Date();
    const headers = { authorization: `Bearer ${setup.secret}` };
    // Vercel Cron sends GET; another scheduler may POST. PGlite serializes them; Postgres races them.
    const [first, second] = await Promise.all([callJson<TickAnswer>("GET", "/internal/cron", { headers }), callJson<TickAnswer>("POST", "/internal/cron", { headers })]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body).toMatchObject({ engine: "in-process", handedOver: 0, more: false });
    expect(first.body.ran + second.body.ran).toBeGreaterThanOrEqual(1);

    const rows = await db.select().from(jobs).where(eq(jobs.name, setup.jobId));
    // One row per slot: the slot that was due when the calls came, and the next one, enqueued ahead.
    const keys = rows.map((row) => row.idempotencyKey);
    expect(new Set(keys).size).toBe(rows.length);
    const dueSlot = latestCronSlot("* * * * *", started)!;
    expect(keys).toContain(cronSlotKey(setup.jobId, dueSlot));
    expect(keys).toContain(cronSlotKey(setup.jobId, nextCronSlot("* * * * *", new Date())!));

    // The due slot ran once; nothing ran twice; only slots still in the future wait.
    expect(rows.find((row) => row.idempotencyKey === cronSlotKey(setup.jobId, dueSlot))).toMatchObject({ status: "succeeded", attempts: 1 });
    const ranIds = setup.runs.map((run) => run.jobId);
    expect(new Set(ranIds).size).toBe(ranIds.length);
    expect([...ranIds].sort()).toEqual(rows.filter((row) => row.status === "succeeded").map((row) => row.id).sort());
    for (const row of rows.filter((r) => r.status !== "succeeded")) expect(row.runAt.getTime()).toBeGreaterThan(started.getTime());

    // A third call finds the slots taken: no new row for them, no second run.
    const again = await callJson<TickAnswer>("GET", "/internal/cron", { headers });
    expect(again.status).toBe(200);
    const after = await db.select().from(jobs).where(eq(jobs.name, setup.jobId));
    expect(new Set(after.map((row) => row.idempotencyKey)).size).toBe(after.length);
    expect(after.filter((row) => row.idempotencyKey === cronSlotKey(setup.jobId, dueSlot))).toHaveLength(1);
    expect(new Set(setup.runs.map((run) => run.jobId)).size).toBe(setup.runs.length);
  });

  it("schedules the next slot of every cron job in the app's catalog", async () => {
    const now = new Date();
    const res = await call("GET", "/internal/cron", { headers: { authorization: `Bearer ${setup.secret}` } });
    expect(res.status).toBe(200);
    for (const job of cronJobs(catalog)) {
      const next = nextCronSlot(job.cron, now)!;
      // A slot boundary may pass during the call: the slot after it is then the one enqueued.
      const candidates = [cronSlotKey(job.id, next), cronSlotKey(job.id, nextCronSlot(job.cron, next)!)];
      const rows = await db.select({ key: jobs.idempotencyKey }).from(jobs).where(eq(jobs.name, job.id));
      expect(rows.some((row) => candidates.includes(row.key ?? "")), job.id).toBe(true);
    }
  });
});
