import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { env } from "@/lib/env";
import { isBuildPhase } from "@/lib/runtime";
import { neonPool } from "./neon";
import { acquirePgliteLock } from "./pglite-lock";

/**
 * The database, with the driver picked from DATABASE_URL (see db/keys.ts). All three drivers speak
 * the same SQL through drizzle; they are typed as node-postgres' database because their query APIs
 * are the same and only the raw result type differs (every driver's result has `rows`). No relational
 * schema is attached: queries name their tables, so each module's schema file stands alone.
 */
export type Database = NodePgDatabase;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: what data functions accept. */
export type Executor = Database | Tx;

export type Driver = "pglite" | "neon" | "postgres";

/** A connection pool's counts (node-postgres and Neon's Pool share them); PGlite has no pool. */
export type PoolStats = { totalCount: number; idleCount: number; waitingCount: number };

type Handle = { db: Database; driver: Driver; close: () => Promise<void>; pool?: PoolStats };

// One handle per process, on globalThis: dev reloads and Turbopack's separate bundles for
// instrumentation and routes must share it (a second PGlite on one directory would lose writes).
const globalKey = Symbol.for("keel.db");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Handle };
const store = globalThis as GlobalWithDb;

export function databaseTarget(url = env.DATABASE_URL): { driver: Driver; location: string } {
  if (!url) return { driver: "pglite", location: resolve(".data/pglite") };
  if (url.startsWith("pglite:")) {
    const where = url.slice("pglite:".length);
    return { driver: "pglite", location: where === "memory" ? "memory://" : resolve(where) };
  }
  const host = new URL(url).hostname;
  return { driver: host.endsWith(".neon.tech") ? "neon" : "postgres", location: url };
}

function open(): Handle {
  if (isBuildPhase) {
    throw new Error("The database is not available while `next build` runs; make this page dynamic.");
  }
  const { driver, location } = databaseTarget();
  switch (driver) {
    case "pglite":
      return openPglite(location);
    case "neon":
      return openNeon(location);
    case "postgres":
      return openPostgres(location);
  }
}

function openPglite(location: string): Handle {
  let release = () => {};
  if (location !== "memory://") {
    release = acquirePgliteLock(location);
    mkdirSync(location, { recursive: true });
  }
  const client = location === "memory://" ? new PGlite(location, memoryTemplate()) : new PGlite(location);
  const db = drizzlePglite({ client, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    driver: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * Tests only: a migrated in-memory database to start from, which tests/global-setup.ts dumps once
 * per run. A new PGlite runs initdb inside WebAssembly, about 5 s, in every test file's worker;
 * loading the dump of one already initialized and migrated takes 2 (and its migrations are applied).
 */
function memoryTemplate(): { loadDataDir: Blob } | undefined {
  const file = process.env.KEEL_TEST_PGLITE_TEMPLATE;
  return file ? { loadDataDir: new Blob([readFileSync(file)]) } : undefined;
}

function openNeon(url: string): Handle {
  const pool = neonPool(url);
  const db = drizzleNeon({ client: pool, casing: "snake_case" }) as unknown as Database;
  return { db, driver: "neon", close: () => pool.end(), pool };
}

function openPostgres(url: string): Handle {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzlePostgres({ client: pool, casing: "snake_case" });
  return { db, driver: "postgres", close: () => pool.end(), pool };
}

function handle(): Handle {
  store[globalKey] ??= open();
  return store[globalKey];
}

/** The driver in use (opens the database on first call). */
export function currentDriver(): Driver {
  return handle().driver;
}

/** The pool's counts now, or null on PGlite and before the database is opened (the metrics endpoint reads it). */
export function poolStats(): { driver: Driver; totalCount: number; idleCount: number; waitingCount: number } | null {
  const current = store[globalKey];
  if (!current?.pool) return null;
  const { totalCount, idleCount, waitingCount } = current.pool;
  return { driver: current.driver, totalCount, idleCount, waitingCount };
}

/** Closes the database; the next use opens it again. For scripts and tests. */
export async function closeDb(): Promise<void> {
  const current = store[globalKey];
  store[globalKey] = undefined;
  await current?.close();
}

/**
 * The database. Opened on first use, never at import, so `next build` and modules that are only
 * imported never touch it.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const target = handle().db;
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
