import { desc, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { errorGroups } from "@/db/schema/observability";
import { errorFingerprint } from "./fingerprint";
import { scrubText } from "./scrub";

const maxStack = 8 * 1024;

/**
 * Records one occurrence: a new group, or count + 1 and the latest sample on the existing one, in
 * one statement (two processes failing at once both count). On the pool, never in a caller's
 * transaction: the error is often why that transaction is rolling back.
 */
export async function storeError(error: Error, context: Record<string, unknown>): Promise<void> {
  const message = scrubText(error.message).slice(0, 2000);
  const sampleStack = error.stack ? scrubText(error.stack).slice(0, maxStack) : null;
  // Not the user's id: the group outlives any one user, and a person's erasure could not find it
  // in a JSON sample. The request id leads to the log line, which names the user for as long as
  // logs are kept.
  const { userId: _userId, ...kept } = context;
  const sampleContext = JSON.parse(scrubText(JSON.stringify(kept))) as Record<string, unknown>;
  await db
    .insert(errorGroups)
    .values({ fingerprint: errorFingerprint(error), name: error.name, message, sampleStack, sampleContext })
    .onConflictDoUpdate({
      target: errorGroups.fingerprint,
      set: { count: sql`${errorGroups.count} + 1`, lastSeen: sql`now()`, message, sampleStack, sampleContext },
    });
}

export type ErrorGroup = typeof errorGroups.$inferSelect;

/** The groups seen most recently first (the admin page). */
export async function listErrorGroups(limit = 100): Promise<ErrorGroup[]> {
  return db.select().from(errorGroups).orderBy(desc(errorGroups.lastSeen)).limit(limit);
}
