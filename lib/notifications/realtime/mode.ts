import { databaseTarget } from "@/db/client";
import { env } from "@/lib/env";
import { notificationsEnv } from "../env";

/**
 * How open streams learn that a user has something new:
 * - `memory`: PGlite is one process, so the delivering job tells the streams directly;
 * - `listen`: Postgres LISTEN/NOTIFY on a direct connection (`url`), so any process's delivery
 *   reaches every process's streams;
 * - `poll`: each stream asks every 2 s, where LISTEN cannot work (a pooled endpoint hands each
 *   transaction to another server connection, so a LISTEN would be forgotten at once).
 */
export type RealtimeMode = { kind: "memory" } | { kind: "listen"; url: string } | { kind: "poll" };

/** How often a stream polls, and the longest a notification waits in `poll` mode. */
export const pollIntervalMs = 2000;

/**
 * Whether a connection string names a pooler that cannot hold a LISTEN: Neon's pooled hosts
 * (`…-pooler.…`), PgBouncer's usual port, or the `pgbouncer=true` marker some tools add.
 */
export function isPooledUrl(url: string): boolean {
  const parsed = new URL(url);
  return parsed.hostname.includes("-pooler.") || parsed.port === "6432" || parsed.searchParams.get("pgbouncer") === "true";
}

/** The mode for this process, from the database driver and the NOTIFICATIONS_REALTIME/DATABASE_URL_UNPOOLED keys. */
export function realtimeMode(input = { databaseUrl: env.DATABASE_URL, unpooled: notificationsEnv.DATABASE_URL_UNPOOLED, setting: notificationsEnv.NOTIFICATIONS_REALTIME }): RealtimeMode {
  if (databaseTarget(input.databaseUrl).driver === "pglite" || !input.databaseUrl) return { kind: "memory" };
  if (input.setting === "poll") return { kind: "poll" };
  if (input.unpooled) return { kind: "listen", url: input.unpooled };
  if (input.setting === "listen" || !isPooledUrl(input.databaseUrl)) return { kind: "listen", url: input.databaseUrl };
  return { kind: "poll" };
}
