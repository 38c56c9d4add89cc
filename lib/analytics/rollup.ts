import { and, eq, inArray, lt, notInArray, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { analyticsDaily, analyticsEvents, analyticsRolledDays } from "@/db/schema/analytics";
import { defineJob } from "@/lib/jobs";
import { rollupRows } from "./aggregate";
import { analyticsKeys } from "./keys";
import { deleteOldSalts } from "./visitor";

/** A day is rolled up this long after it ends, so a request that arrived at 23:59:59 has committed. */
const settleMs = 10 * 60_000;

export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Rolls up every closed day that has raw events and no rollup yet, one transaction per day (the
 * rows and the day's mark together, so a crash leaves the day to the next run), then deletes raw
 * events past ANALYTICS_RAW_RETENTION_DAYS — only of rolled days, so nothing is counted from
 * neither — and salts older than yesterday. Returns the days it rolled.
 */
export async function rollUpClosedDays(now = new Date()): Promise<string[]> {
  const lastClosed = utcDay(new Date(now.getTime() - settleMs - 86_400_000));
  const pending = await db
    .selectDistinct({ day: analyticsEvents.day })
    .from(analyticsEvents)
    .where(and(sql`${analyticsEvents.day} <= ${lastClosed}`, notInArray(analyticsEvents.day, db.select({ day: analyticsRolledDays.day }).from(analyticsRolledDays))))
    .orderBy(analyticsEvents.day);
  for (const { day } of pending) await rollUpDay(day);

  const keepFrom = utcDay(new Date(now.getTime() - analyticsKeys().ANALYTICS_RAW_RETENTION_DAYS * 86_400_000));
  await db
    .delete(analyticsEvents)
    .where(and(lt(analyticsEvents.day, keepFrom), inArray(analyticsEvents.day, db.select({ day: analyticsRolledDays.day }).from(analyticsRolledDays))));
  await deleteOldSalts(utcDay(now));
  return pending.map((p) => p.day);
}

/** Writes one day's rollup rows (again, if it had some) and marks the day rolled. */
export async function rollUpDay(day: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(analyticsDaily).where(eq(analyticsDaily.day, day));
    await tx.execute(sql`
      insert into analytics_daily (day, dimension, value, visitors, pageviews, sessions, bounces, duration_seconds)
      ${rollupRows(sql`day = ${day}`)}`);
    await tx.insert(analyticsRolledDays).values({ day }).onConflictDoUpdate({ target: analyticsRolledDays.day, set: { rolledAt: new Date() } });
  });
}

/** Hourly: yesterday is rolled up within the hour after it settles. */
export const rollupJob = defineJob({
  id: "analytics.rollup",
  schema: z.object({}),
  cron: "15 * * * *",
  run: async () => {
    await rollUpClosedDays();
  },
});
