import type { EventEmitter } from "node:events";
import pg from "pg";
import { neonPool } from "@/db/neon";
import { captureException } from "@/lib/observability";
import { wake, wakeAll } from "./hub";

/** The Postgres channel deliveries NOTIFY on; the payload is the user id. */
export const notifyChannel = "keel_notifications";

/** What LISTEN needs of a connection, whichever driver made it. */
type ListenConnection = {
  onNotification(fn: (payload: string) => void): void;
  onLost(fn: (error?: unknown) => void): void;
  listen(): Promise<void>;
  close(): Promise<void>;
};

type State = { connection: ListenConnection | null; connecting: boolean; wanted: string | null; retry: NodeJS.Timeout | null; attempts: number };

// On globalThis, like the hub: one LISTEN connection per process however many bundles load this.
const globalKey = Symbol.for("keel.notifications.listener");
const store = globalThis as typeof globalThis & { [globalKey]?: State };
const state = (store[globalKey] ??= { connection: null, connecting: false, wanted: null, retry: null, attempts: 0 });

/** True while a LISTEN connection is up; streams poll meanwhile when it is not. */
export function listenerConnected(): boolean {
  return state.connection !== null;
}

/** Opens the LISTEN connection to `url` (idempotent); it reconnects with backoff until stopped. */
export function startListening(url: string): void {
  state.wanted = url;
  if (!state.connection && !state.connecting && !state.retry) void connect(url);
}

/** Closes the LISTEN connection and stops reconnecting (the last stream closed; tests; shutdown). */
export async function stopListening(): Promise<void> {
  state.wanted = null;
  if (state.retry) clearTimeout(state.retry);
  state.retry = null;
  const connection = state.connection;
  state.connection = null;
  await connection?.close().catch(() => {});
}

async function connect(url: string): Promise<void> {
  state.connecting = true;
  let connection: ListenConnection | null = null;
  try {
    connection = await open(url);
    connection.onNotification((payload) => wake([payload]));
    connection.onLost((error) => lost(connection, error));
    await connection.listen();
    if (state.wanted !== url) {
      await connection.close();
      return;
    }
    state.connection = connection;
    state.attempts = 0;
    // Signals sent while no connection listened are gone: every stream re-reads once.
    wakeAll();
  } catch (error) {
    await connection?.close().catch(() => {});
    captureException(error, { where: "notifications.listener.connect" });
    scheduleReconnect();
  } finally {
    state.connecting = false;
  }
}

function lost(connection: ListenConnection | null, error?: unknown): void {
  if (state.connection !== connection) return;
  state.connection = null;
  if (error) captureException(error, { where: "notifications.listener" });
  void connection?.close().catch(() => {});
  scheduleReconnect();
}

function scheduleReconnect(): void {
  const url = state.wanted;
  if (!url || state.retry) return;
  state.attempts += 1;
  const delay = Math.min(30_000, 500 * 2 ** Math.min(state.attempts, 6));
  state.retry = setTimeout(() => {
    state.retry = null;
    if (state.wanted) void connect(state.wanted);
  }, delay);
  state.retry.unref();
}

/**
 * A dedicated connection, outside the query pool: a LISTEN belongs to one session for as long as
 * it lasts. Neon hosts go through Neon's WebSocket driver (db/neon.ts), any other through pg.
 */
async function open(url: string): Promise<ListenConnection> {
  if (new URL(url).hostname.endsWith(".neon.tech")) {
    const pool = neonPool(url);
    const client = await pool.connect();
    return wrap(client, async () => {
      client.release(true);
      await pool.end();
    });
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return wrap(client, () => client.end());
}

/** What both drivers' clients are: event emitters (`notification`, `error`, `end`) that run queries. */
type ListeningClient = Pick<EventEmitter, "on"> & { query(text: string): Promise<unknown> };

function wrap(client: ListeningClient, close: () => Promise<void>): ListenConnection {
  let closed = false;
  return {
    onNotification: (fn) =>
      client.on("notification", (message: { channel: string; payload?: string }) => {
        if (message.channel === notifyChannel && message.payload) fn(message.payload);
      }),
    onLost: (fn) => {
      client.on("error", (error: Error) => fn(error));
      client.on("end", () => {
        if (!closed) fn();
      });
    },
    listen: async () => {
      await client.query(`LISTEN ${notifyChannel}`);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await close();
    },
  };
}
