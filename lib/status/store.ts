import { and, desc, gte, inArray, isNull, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { statusChecks, statusDaily, statusIncidents } from "@/db/schema/status";
import { defineJob } from "@/lib/jobs";
import { worse, type ComponentStatus } from "./catalog";
import { componentChecks, runChecks, type CheckResult } from "./checks";

/** The 90-day bars. */
export const historyDays = 90;
/** Raw checks are kept this long; the daily counts, `historyDays` and a little more. */
const keepChecksDays = 7;
/** A stored check older than this no longer tells the current state: the page checks live. */
const staleAfterMs = 15 * 60_000;

/** Stores one run of the checks and counts it into its day, in one transaction. */
export async function recordChecks(results: readonly (CheckResult & { name: string })[], at = new Date()): Promise<void> {
  const day = at.toISOString().slice(0, 10);
  await db.transaction(async (tx) => {
    if (results.length === 0) return;
    await tx.insert(statusChecks).values(results.map((r) => ({ component: r.name, status: r.status, latencyMs: r.latencyMs, detail: r.detail, checkedAt: at })));
    for (const r of results) {
      await tx
        .insert(statusDaily)
        .values({ component: r.name, day, [r.status]: 1 })
        .onConflictDoUpdate({ target: [statusDaily.component, statusDaily.day], set: { [r.status]: sql`${statusDaily[r.status]} + 1` } });
    }
  });
}

/** Every five minutes: run, store, and forget what is past keeping. */
export const statusCheckJob = defineJob({
  id: "status.check",
  schema: z.object({}),
  cron: "*/5 * * * *",
  run: async () => {
    const now = new Date();
    await recordChecks(await runChecks(), now);
    await db.delete(statusChecks).where(lt(statusChecks.checkedAt, new Date(now.getTime() - keepChecksDays * 86_400_000)));
    await db.delete(statusDaily).where(lt(statusDaily.day, new Date(now.getTime() - (historyDays + 7) * 86_400_000).toISOString().slice(0, 10)));
  },
});

/**
 * Each component's state now: its latest stored check when fresh, else a live run (a deployment
 * whose job runner is off still answers), made worse by any open incident naming it. The overall
 * state is the worst of them.
 */
export async function currentStatus(now = new Date()) {
  const names = componentChecks.map((c) => c.name);
  const latest = await db
    .selectDistinctOn([statusChecks.component], { name: statusChecks.component, status: statusChecks.status, checkedAt: statusChecks.checkedAt })
    .from(statusChecks)
    .where(and(inArray(statusChecks.component, names), gte(statusChecks.checkedAt, new Date(now.getTime() - staleAfterMs))))
    .orderBy(statusChecks.component, desc(statusChecks.checkedAt));
  const fresh = latest.length > 0 ? latest : await runChecks();
  const open = await db.select().from(statusIncidents).where(isNull(statusIncidents.resolvedAt)).orderBy(desc(statusIncidents.createdAt));
  const components = names.flatMap((name) => {
    const found = fresh.find((c) => c.name === name);
    if (!found) return [];
    const status = open.filter((i) => i.components.includes(name)).reduce<ComponentStatus>((s, i) => worse(s, i.impact), found.status);
    return [{ name, status }];
  });
  const status = components.reduce<ComponentStatus>((s, c) => worse(s, c.status), "operational");
  return { status, components, openIncidents: open, updatedAt: (latest[0]?.checkedAt ?? now).toISOString() };
}

export type DayBar = { day: string; status: ComponentStatus | "none"; uptime: number | null; checks: number };

/**
 * The last `historyDays` UTC days of each component, oldest first: a day is as bad as its worst
 * check, `none` with no checks. Uptime counts checks that were not an outage.
 */
export async function uptimeHistory(now = new Date()) {
  const from = new Date(now.getTime() - (historyDays - 1) * 86_400_000).toISOString().slice(0, 10);
  const rows = await db.select().from(statusDaily).where(gte(statusDaily.day, from));
  const days = Array.from({ length: historyDays }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));
  return componentChecks.map(({ name }) => {
    const mine = new Map(rows.filter((r) => r.component === name).map((r) => [r.day, r]));
    const bars: DayBar[] = days.map((day) => {
      const r = mine.get(day);
      const checks = r ? r.operational + r.degraded + r.outage : 0;
      if (!r || checks === 0) return { day, status: "none", uptime: null, checks: 0 };
      return { day, status: r.outage > 0 ? "outage" : r.degraded > 0 ? "degraded" : "operational", uptime: (checks - r.outage) / checks, checks };
    });
    const total = [...mine.values()].reduce((n, r) => n + r.operational + r.degraded + r.outage, 0);
    const down = [...mine.values()].reduce((n, r) => n + r.outage, 0);
    return { name, bars, uptime: total === 0 ? null : (total - down) / total };
  });
}


/** Each component's latest stored check of the last day, with its reason (the admin page). */
export async function latestChecks(now = new Date()) {
  return db
    .selectDistinctOn([statusChecks.component])
    .from(statusChecks)
    .where(gte(statusChecks.checkedAt, new Date(now.getTime() - 86_400_000)))
    .orderBy(statusChecks.component, desc(statusChecks.checkedAt));
}
