import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { env } from "@/lib/env";
import { installedRetention } from "@/lib/manifest/assembled";
import type { RetentionRule } from "@/lib/manifest/define";
import { logger } from "@/lib/observability";
import { defineJob } from "./define";

/** Rows deleted per statement: small enough that no delete holds a hot table's locks for long. */
const batchSize = 1_000;

/** The days each class is kept: its rule's default, or RETENTION_DAYS' override. */
export function retentionDays(rule: Pick<RetentionRule, "class" | "days">, overrides = env.RETENTION_DAYS): number {
  for (const pair of overrides?.split(",") ?? []) {
    const [name, days] = pair.split("=").map((part) => part.trim());
    if (name === rule.class) return Number(days);
  }
  return rule.days;
}

/**
 * Deletes what every installed retention rule says is due, a batch at a time (each batch its own
 * statement, so concurrent writers to the table wait at most one batch). Returns the rows deleted
 * per class. A class whose override names no installed rule is reported once in the log.
 */
export async function enforceRetention(now = new Date(), rules = installedRetention()): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const rule of rules) {
    const cutoff = new Date(now.getTime() - retentionDays(rule) * 86_400_000);
    const table = sql.identifier(rule.table);
    const due = sql`${sql.identifier(rule.column)} < ${cutoff.toISOString()}::timestamptz${rule.where ? sql.raw(` and (${rule.where})`) : sql``}`;
    deleted[rule.class] = 0;
    for (;;) {
      const { rows } = await db.execute(sql`delete from ${table} where ctid = any(array(select ctid from ${table} where ${due} limit ${batchSize})) returning 1 as gone`);
      deleted[rule.class]! += rows.length;
      if (rows.length < batchSize) break;
    }
  }
  const known = new Set(rules.map((r) => r.class));
  for (const pair of env.RETENTION_DAYS?.split(",") ?? []) {
    const name = pair.split("=")[0]!.trim();
    if (!known.has(name)) logger.warn(`RETENTION_DAYS names "${name}", which no installed module keeps: ignored.`);
  }
  return deleted;
}

/** Daily, at a quiet hour. */
export const retentionJob = defineJob({
  id: "jobs.retention",
  schema: z.object({}),
  cron: "20 4 * * *",
  run: async () => {
    const deleted = await enforceRetention();
    logger.info("retention: deleted what was due", deleted);
  },
});
