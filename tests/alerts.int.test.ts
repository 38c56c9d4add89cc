import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { alertDeliveries } from "@/db/schema/observability";
import { listMailbox } from "@/lib/email";
import { newId } from "@/lib/ids";
import { evaluateAlerts } from "@/lib/observability/alerts";
import { countError, errorsInWindow } from "@/lib/observability/error-counts";
import { createUser } from "@/seed/factories";

let adminEmail: string;

beforeAll(async () => {
  adminEmail = (await createUser({ platformAdmin: true })).email;
});

afterEach(() => {
  delete process.env.ALERT_JOB_LAG_SECONDS;
  delete process.env.ALERT_ERRORS_PER_15_MINUTES;
});

const alertMails = async (subject: RegExp) => (await listMailbox({ to: adminEmail, limit: 200 })).filter((m) => subject.test(m.subject));

// Far-future times of their own: other test files' errors count into today's buckets, not these.
const at = (iso: string) => new Date(iso);

describe("the error-rate alert", () => {
  it("emails the platform admins once the errors in 15 minutes reach the threshold, then stays quiet for an hour", async () => {
    process.env.ALERT_JOB_LAG_SECONDS = "0";
    process.env.ALERT_ERRORS_PER_15_MINUTES = "5";
    await db.delete(alertDeliveries).where(eq(alertDeliveries.alert, "error_rate"));
    for (let i = 0; i < 4; i++) await countError(at("2035-01-01T10:01:00Z"));
    expect(await errorsInWindow(at("2035-01-01T10:02:00Z"))).toBe(4);
    expect(await evaluateAlerts(at("2035-01-01T10:02:00Z"))).toEqual([]);

    await countError(at("2035-01-01T10:03:00Z"));
    expect(await evaluateAlerts(at("2035-01-01T10:04:00Z"))).toEqual(["error_rate"]);
    const [mail] = await alertMails(/5 unexpected errors/);
    expect(mail?.subject).toBe("Keel alert: 5 unexpected errors in 15 minutes");
    expect(mail?.text).toContain("/admin/errors");

    // Still over the threshold ten minutes on: no second email within the hour.
    for (let i = 0; i < 6; i++) await countError(at("2035-01-01T10:12:00Z"));
    expect(await evaluateAlerts(at("2035-01-01T10:14:00Z"))).toEqual([]);
    // Errors age out of the window: the 10:01 ones are gone by 10:20.
    expect(await errorsInWindow(at("2035-01-01T10:20:00Z"))).toBe(6);

    // An hour after the first email, still erring: a second one.
    for (let i = 0; i < 5; i++) await countError(at("2035-01-01T11:05:00Z"));
    expect(await evaluateAlerts(at("2035-01-01T11:05:00Z"))).toEqual(["error_rate"]);
    expect(await alertMails(/unexpected errors/)).toHaveLength(2);
  });

  it("sends one email when two processes evaluate at the same moment", async () => {
    process.env.ALERT_JOB_LAG_SECONDS = "0";
    process.env.ALERT_ERRORS_PER_15_MINUTES = "3";
    await db.delete(alertDeliveries).where(eq(alertDeliveries.alert, "error_rate"));
    for (let i = 0; i < 7; i++) await countError(at("2036-06-01T08:00:00Z"));
    const runs = await Promise.all([evaluateAlerts(at("2036-06-01T08:01:00Z")), evaluateAlerts(at("2036-06-01T08:01:00Z")), evaluateAlerts(at("2036-06-01T08:01:00Z"))]);
    expect(runs.flat()).toEqual(["error_rate"]);
    expect(await alertMails(/7 unexpected errors/)).toHaveLength(1);
  });

  it("is off at 0", async () => {
    process.env.ALERT_JOB_LAG_SECONDS = "0";
    process.env.ALERT_ERRORS_PER_15_MINUTES = "0";
    await db.delete(alertDeliveries);
    for (let i = 0; i < 50; i++) await countError(at("2037-01-01T00:00:00Z"));
    expect(await evaluateAlerts(at("2037-01-01T00:01:00Z"))).toEqual([]);
  });
});

describe("the job-lag alert", () => {
  it("emails when the oldest due job waits past the threshold, straight to the provider (not behind the stuck queue)", async () => {
    process.env.ALERT_ERRORS_PER_15_MINUTES = "0";
    process.env.ALERT_JOB_LAG_SECONDS = "600";
    await db.delete(alertDeliveries).where(eq(alertDeliveries.alert, "job_lag"));
    const now = new Date();
    // Whatever else is queued, this one is 20 minutes late.
    const id = newId("job");
    await db.insert(jobs).values({ id, name: "test.stuck", payload: {}, maxAttempts: 1, runAt: new Date(now.getTime() - 20 * 60_000) });
    try {
      const queuedBefore = await db.select().from(jobs).where(eq(jobs.name, "email.send"));
      expect(await evaluateAlerts(now)).toEqual(["job_lag"]);
      const [mail] = await alertMails(/background jobs are \d+ seconds behind/);
      expect(mail?.text).toContain("/admin/jobs");
      // Delivered now, not queued as an email.send job.
      expect(await db.select().from(jobs).where(eq(jobs.name, "email.send"))).toHaveLength(queuedBefore.length);
      expect(await evaluateAlerts(new Date(now.getTime() + 30 * 60_000))).toEqual([]);
    } finally {
      await db.delete(jobs).where(eq(jobs.id, id));
    }
  });
});
