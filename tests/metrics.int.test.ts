import parsePrometheusTextFormat, { type PrometheusFamily } from "parse-prometheus-text-format";
import { inArray } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { newId } from "@/lib/ids";
import { drainJobs } from "@/lib/app";
import { enqueue } from "@/lib/jobs";
import { alertsJob } from "@/lib/observability/alerts";
import { rateLimit } from "@/lib/rate-limit";
import { counterValue } from "./metrics-reader";
import { call, callJson } from "./client";

const token = "metrics-test-token-0123456789";
const before = process.env.METRICS_TOKEN;
beforeEach(() => {
  process.env.METRICS_TOKEN = token;
});
afterAll(() => {
  if (before === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = before;
});

let lastText = "";

async function scrape(): Promise<PrometheusFamily[]> {
  const response = await call("GET", "/internal/metrics", { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  lastText = await response.text();
  return parsePrometheusTextFormat(lastText);
}

function sample(families: PrometheusFamily[], name: string, labels: Record<string, string>) {
  const family = families.find((f) => f.name === name);
  return family?.metrics.find((m) => Object.entries(labels).every(([key, value]) => m.labels?.[key] === value));
}

const value = (families: PrometheusFamily[], name: string, labels: Record<string, string>) => Number(sample(families, name, labels)?.value ?? 0);

describe("GET /internal/metrics", () => {
  it("does not exist without METRICS_TOKEN: 404 in the envelope", async () => {
    delete process.env.METRICS_TOKEN;
    const { status, body } = await callJson<{ error: { code: string; requestId: string } }>("GET", "/internal/metrics", { headers: { authorization: `Bearer ${token}` } });
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it("answers 401 in the envelope without the token or with a wrong one", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong-token-0123456789abc" }, { authorization: token }];
    for (const headers of attempts) {
      const { status, body } = await callJson<{ error: { code: string } }>("GET", "/internal/metrics", { headers });
      expect(status).toBe(401);
      expect(body.error.code).toBe("unauthorized");
    }
  });

  it("counts requests by method, route pattern and status, with a latency histogram", async () => {
    const labels = { method: "GET", route: "/tenants/[tenantId]", status: "401" };
    const start = value(await scrape(), "http_requests_total", labels);
    // Three anonymous calls to a tenant route, each naming another tenant: one pattern, not three paths.
    for (const id of ["org_a", "org_b", "org_c"]) expect((await call("GET", `/tenants/${id}`)).status).toBe(401);
    const families = await scrape();
    expect(value(families, "http_requests_total", labels)).toBe(start + 3);
    expect(families.find((f) => f.name === "http_requests_total")?.metrics.some((m) => m.labels?.route?.includes("org_"))).toBe(false);
    expect(families.find((f) => f.name === "http_request_duration_seconds")?.type).toBe("HISTOGRAM");
    // The parser folds a histogram's labelled series into one (prom2json's shape), so its
    // per-series count is read from the text line itself.
    const series = 'method="GET",route="/tenants/[tenantId]",status="401"';
    expect(lastText).toContain(`http_request_duration_seconds_count{${series}} ${start + 3}\n`);
    expect(lastText).toContain(`http_request_duration_seconds_bucket{le="+Inf",${series}} ${start + 3}\n`);
  });

  it("reads the job queue's depth and lag from the database", async () => {
    const name = `metrics.test-${Math.random().toString(36).slice(2, 8)}`;
    const ids = [newId("job"), newId("job"), newId("job")];
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
    await db.insert(jobs).values([
      { id: ids[0]!, name, payload: {}, maxAttempts: 1, runAt: minutesAgo(5) },
      { id: ids[1]!, name, payload: {}, maxAttempts: 1, runAt: minutesAgo(1) },
      // Not due yet: queued, but not lagging.
      { id: ids[2]!, name, payload: {}, maxAttempts: 1, runAt: new Date(Date.now() + 3_600_000) },
    ]);
    try {
      const families = await scrape();
      expect(value(families, "jobs_ready", { job: name })).toBe(2);
      const lag = value(families, "jobs_lag_seconds", { job: name });
      expect(lag).toBeGreaterThanOrEqual(299);
      expect(lag).toBeLessThan(400);
    } finally {
      await db.delete(jobs).where(inArray(jobs.id, ids));
    }
    // Once the queue is empty the job's series is gone, not stuck at its last value.
    expect(sample(await scrape(), "jobs_ready", { job: name })).toBeUndefined();
  });

  it("counts rate-limit decisions by the key's namespace", async () => {
    const limiter = `metricstest${Math.random().toString(36).slice(2, 8)}`;
    const rule = { limit: 1, windowSeconds: 60 };
    await rateLimit(`${limiter}:one`, rule);
    await rateLimit(`${limiter}:one`, rule);
    await rateLimit(`${limiter}:one`, rule);
    const families = await scrape();
    expect(value(families, "rate_limit_decisions_total", { limiter, decision: "allowed" })).toBe(1);
    expect(value(families, "rate_limit_decisions_total", { limiter, decision: "limited" })).toBe(2);
  });

  it("counts the jobs this process finished, by job and outcome", async () => {
    const succeeded = () => counterValue("jobs_processed_total", { job: "observability.alerts", outcome: "succeeded" });
    const before = await succeeded();
    await enqueue(db, alertsJob, {});
    await drainJobs();
    expect(await succeeded()).toBeGreaterThanOrEqual(before + 1);
  });
});
