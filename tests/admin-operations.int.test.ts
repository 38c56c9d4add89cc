import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { newId } from "@/lib/ids";
import { createUser, uniqueEmail } from "@/seed/factories";
import { callJson } from "./client";
import { signInWithTotp } from "./second-factor";

async function job(status: string, name = "fixture.ops") {
  const id = newId("job");
  await db.insert(jobs).values({ id, name, payload: { n: 1 }, status, attempts: 1, maxAttempts: 1, lastError: status === "dead" ? "boom" : null });
  return id;
}

describe("platform operations", () => {
  let cookie: string;
  beforeAll(async () => {
    cookie = await signInWithTotp(await createUser({ email: uniqueEmail("ops-admin"), platformAdmin: true }));
  });

  it("filters jobs by status and name, with payload and error", async () => {
    const name = `fixture.ops-${Date.now().toString(36)}`;
    const dead = await job("dead", name);
    await job("succeeded", name);
    const list = await callJson<{ data: { id: string; payload: unknown; lastError: string | null }[] }>("GET", `/platform/jobs?status=dead&name=${name}`, { cookie });
    expect(list.body.data).toEqual([expect.objectContaining({ id: dead, payload: { n: 1 }, lastError: "boom" })]);
    expect((await callJson("GET", "/platform/jobs?status=bogus", { cookie })).status).toBe(422);
  });

  it("cancels pending and dead jobs, refuses a running one, retries a dead one; each audited", async () => {
    const [pending, dead, running, retried] = [await job("pending"), await job("dead"), await job("running"), await job("dead")];
    for (const id of [pending, dead]) {
      const res = await callJson<{ status: string }>("POST", `/platform/jobs/${id}/cancel`, { cookie, body: { reason: "duplicate send" } });
      expect(res.body.status).toBe("canceled");
      expect((await db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, id)))[0]?.status).toBe("canceled");
    }
    const refused = await callJson<{ error: { code: string } }>("POST", `/platform/jobs/${running}/cancel`, { cookie, body: { reason: "stop it" } });
    expect([refused.status, refused.body.error.code]).toEqual([409, "job_not_cancelable"]);
    expect((await callJson("POST", `/platform/jobs/${pending}/cancel`, { cookie, body: {} })).status).toBe(422);
    expect((await callJson("POST", `/platform/jobs/job_missing/cancel`, { cookie, body: { reason: "gone" } })).status).toBe(404);
    expect((await callJson<{ status: string }>("POST", `/platform/jobs/${retried}/retry`, { cookie })).body.status).toBe("pending");
    expect((await callJson("POST", `/platform/jobs/${retried}/retry`, { cookie })).status).toBe(409);
  });

  it("lists emails sent with status, by recipient", async () => {
    const to = uniqueEmail("ops-mail");
    await db.insert(jobs).values({ id: newId("job"), name: "email.send", payload: { to, template: "verify-email", subject: "Verify", html: "", text: "" }, status: "dead", attempts: 5, maxAttempts: 5, lastError: "provider 500" });
    const list = await callJson<{ data: { to: string; template: string; status: string }[] }>("GET", `/platform/emails?to=${encodeURIComponent(to.toUpperCase())}`, { cookie });
    expect(list.body.data).toEqual([expect.objectContaining({ to, template: "verify-email", status: "dead", lastError: "provider 500" })]);
  });

  it("reports database latency, job lag, queue depth, providers, version and migrations", async () => {
    const lagging = newId("job");
    await db.insert(jobs).values({ id: lagging, name: "fixture.lag", payload: {}, status: "pending", attempts: 0, maxAttempts: 1, runAt: new Date(Date.now() - 120_000) });
    const res = await callJson<{ database: { latencyMs: number }; jobs: { lagMs: number; queueDepth: number }; providers: { kind: string; local: boolean }[]; migrations: { applied: number }; version: { app: string } }>("GET", "/platform/system", { cookie });
    expect(res.status).toBe(200);
    expect(res.body.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(res.body.jobs.lagMs).toBeGreaterThanOrEqual(120_000);
    expect(res.body.jobs.queueDepth).toBeGreaterThan(0);
    expect(res.body.providers.map((p) => p.kind)).toEqual(expect.arrayContaining(["email", "jobs", "rate-limit store"]));
    expect(res.body.providers.find((p) => p.kind === "email")?.local).toBe(true);
    expect(res.body.migrations.applied).toBeGreaterThan(10);
    await db.delete(jobs).where(eq(jobs.id, lagging));
  });
});
