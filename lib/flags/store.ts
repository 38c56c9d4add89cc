import { asc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { db } from "@/db/client";
import { featureFlags } from "@/db/schema/flags";
import { recordAudit } from "@/lib/audit";
import type { UserContext } from "@/lib/tenants/context";
import { flagsError } from "./catalog";
import { createFlagInput, type FlagRule, type FlagType, type updateFlagInput } from "./definition";

export type StoredFlag = typeof featureFlags.$inferSelect;

export function toFlagResponse(row: StoredFlag) {
  return {
    key: row.key,
    type: row.type,
    description: row.description,
    defaultValue: row.defaultValue,
    rules: row.rules as FlagRule[],
    environments: row.environments,
    version: row.version,
    archived: row.archivedAt !== null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Creates a flag (409 `flag_exists` for a taken key, archived ones included); audited. */
export async function createFlag(admin: UserContext, input: z.output<typeof createFlagInput>) {
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(featureFlags)
      .values({ key: input.key, type: input.type, description: input.description ?? "", defaultValue: input.defaultValue, rules: input.rules, environments: input.environments ?? {} })
      .onConflictDoNothing()
      .returning();
    if (!created) throw flagsError("flag_exists", `A flag named ${input.key} exists already (archived flags keep their key).`);
    await recordAudit(tx, { action: "flags.flag_created", actorId: admin.userId, targetType: "feature_flag", targetId: input.key, data: { type: input.type, rules: input.rules.length } });
    return created;
  });
  return toFlagResponse(row);
}

/** Changes a flag's default, rules, overrides, description or archived state; audited with before and after. */
export async function updateFlag(admin: UserContext, key: string, input: z.output<typeof updateFlagInput>) {
  const row = await db.transaction(async (tx) => {
    const [current] = await tx.select().from(featureFlags).where(eq(featureFlags.key, key)).for("update");
    if (!current) throw flagsError("flag_not_found", `No flag is named ${key}.`);
    const next = {
      description: input.description ?? current.description,
      defaultValue: "defaultValue" in input && input.defaultValue !== undefined ? input.defaultValue : current.defaultValue,
      rules: input.rules ?? (current.rules as FlagRule[]),
      environments: input.environments ?? current.environments,
    };
    // The type stays what it was created as: values are checked against it.
    const check = createFlagInput.safeParse({ key, type: current.type as FlagType, ...next });
    if (!check.success) throw check.error;
    const archivedAt = input.archived === undefined ? current.archivedAt : input.archived ? (current.archivedAt ?? new Date()) : null;
    const [updated] = await tx
      .update(featureFlags)
      .set({ ...next, archivedAt, version: sql`${featureFlags.version} + 1` })
      .where(eq(featureFlags.key, key))
      .returning();
    const action = input.archived === true && !current.archivedAt ? "flags.flag_archived" : input.archived === false && current.archivedAt ? "flags.flag_restored" : "flags.flag_updated";
    await recordAudit(tx, { action, actorId: admin.userId, targetType: "feature_flag", targetId: key, data: { before: toFlagResponse(current), after: toFlagResponse(updated!) } });
    return updated!;
  });
  return toFlagResponse(row);
}

export async function getFlag(key: string) {
  const [row] = await db.select().from(featureFlags).where(eq(featureFlags.key, key));
  if (!row) throw flagsError("flag_not_found", `No flag is named ${key}.`);
  return toFlagResponse(row);
}

export async function listFlags() {
  return (await db.select().from(featureFlags).orderBy(asc(featureFlags.key))).map(toFlagResponse);
}

