import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { wake } from "./hub";
import { notifyChannel } from "./listener";
import { realtimeMode, type RealtimeMode } from "./mode";

let mode: RealtimeMode | undefined;

/** This process's realtime mode, decided once (it depends only on env). */
export function currentRealtimeMode(): RealtimeMode {
  mode ??= realtimeMode();
  return mode;
}

/**
 * Tells every process's streams that these users have news, as part of `tx`: Postgres delivers a
 * NOTIFY only when its transaction commits, so a rolled-back delivery signals nothing. Only in
 * `listen` mode; call `signalAfterCommit` once `tx` has committed as well.
 */
export async function signalInTransaction(tx: Executor, userIds: readonly string[]): Promise<void> {
  if (currentRealtimeMode().kind !== "listen") return;
  for (const userId of new Set(userIds)) await tx.execute(sql`select pg_notify(${notifyChannel}, ${userId})`);
}

/** In `memory` mode (PGlite: one process), wakes the streams directly once the change is committed. */
export function signalAfterCommit(userIds: readonly string[]): void {
  if (currentRealtimeMode().kind === "memory") wake(userIds);
}
