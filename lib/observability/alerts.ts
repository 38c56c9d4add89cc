import { and, eq, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { alertDeliveries, errorCounts } from "@/db/schema/observability";
import { errorsInWindow } from "./error-counts";
import { appUrl } from "@/lib/auth/config";
import { recipientLocale } from "@/lib/email";
import { emailSender } from "@/lib/email/providers";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs";
import { opsAlertEmail } from "./emails";
import { keys } from "./keys";

const quietMs = 60 * 60_000;

export type AlertId = "error_rate" | "job_lag";

async function oldestDueJobSeconds(now: Date): Promise<number> {
  const result = await db.execute(sql`select coalesce(extract(epoch from ${now.toISOString()}::timestamptz - min(run_at)), 0)::float8 as lag from jobs where status = 'pending' and run_at <= ${now.toISOString()}::timestamptz`);
  return Math.max(0, Number((result.rows[0] as { lag: number }).lag));
}

/**
 * Claims the right to send `alert` now: inserts its row, or moves its last-sent time forward only
 * if that was over an hour ago, in one statement. Whoever gets a row back sends; everyone else
 * (a second process, the next run within the hour) gets none.
 */
async function claim(alert: AlertId, value: number, now: Date): Promise<boolean> {
  const claimed = await db
    .insert(alertDeliveries)
    .values({ alert, lastSentAt: now, lastValue: value })
    .onConflictDoUpdate({ target: alertDeliveries.alert, set: { lastSentAt: now, lastValue: value }, setWhere: lt(alertDeliveries.lastSentAt, new Date(now.getTime() - quietMs)) })
    .returning({ alert: alertDeliveries.alert });
  return claimed.length > 0;
}

/**
 * Checks both thresholds and emails every platform admin for each one crossed, unless that alert
 * was sent in the last hour. Returns the alerts it sent. With Sentry configured, Sentry's own
 * alert rules can replace the error-rate one (set ALERT_ERRORS_PER_15_MINUTES=0).
 */
export async function evaluateAlerts(now = new Date()): Promise<AlertId[]> {
  const { ALERT_ERRORS_PER_15_MINUTES: errorLimit, ALERT_JOB_LAG_SECONDS: lagLimit } = keys();
  const crossed: { alert: AlertId; value: number; threshold: number }[] = [];
  if (errorLimit > 0) {
    const errors = await errorsInWindow(now);
    if (errors >= errorLimit) crossed.push({ alert: "error_rate", value: errors, threshold: errorLimit });
  }
  if (lagLimit > 0) {
    const lag = await oldestDueJobSeconds(now);
    if (lag >= lagLimit) crossed.push({ alert: "job_lag", value: Math.round(lag), threshold: lagLimit });
  }
  const sent: AlertId[] = [];
  for (const { alert, value, threshold } of crossed) {
    if (!(await claim(alert, value, now))) continue;
    try {
      await emailAdmins({ alert, value, threshold }, now);
      sent.push(alert);
    } catch (error) {
      // Not sent: give the claim back, so the next run (five minutes on) tries again.
      await db.delete(alertDeliveries).where(and(eq(alertDeliveries.alert, alert), eq(alertDeliveries.lastSentAt, now)));
      throw error;
    }
  }
  await db.delete(errorCounts).where(lt(errorCounts.bucket, new Date(now.getTime() - 86_400_000)));
  return sent;
}

/**
 * Straight to the email provider, not through the job queue: the job-lag alert says the queue is
 * stuck, and an email waiting in that queue would arrive when it no longer matters.
 */
async function emailAdmins(input: { alert: AlertId; value: number; threshold: number }, now: Date): Promise<void> {
  const admins = await db.select({ email: users.email }).from(users).where(and(eq(users.role, "admin"), eq(users.banned, false)));
  const url = `${appUrl}${input.alert === "error_rate" ? "/admin/errors" : "/admin/jobs"}`;
  for (const { email } of admins) {
    const rendered = await opsAlertEmail.render({ ...input, url }, await recipientLocale(db, email));
    await emailSender().send({
      to: email,
      from: env.EMAIL_FROM,
      ...rendered,
      template: opsAlertEmail.id,
      tags: { template: opsAlertEmail.id },
      idempotencyKey: `alert:${input.alert}:${now.toISOString()}:${email}`,
    });
  }
}

/** Every five minutes. */
export const alertsJob = defineJob({
  id: "observability.alerts",
  schema: z.object({}),
  cron: "*/5 * * * *",
  run: async () => {
    await evaluateAlerts();
  },
});
