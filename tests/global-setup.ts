/**
 * Integration tests run on in-memory PGlite unless DATABASE_URL names a server. A server is
 * migrated once here; each PGlite worker migrates its own memory database in tests/setup.ts.
 * Tests refuse a database that is not local, so they can never write to production.
 *
 * A `*.neon.tech` DATABASE_URL runs the suite over the Neon driver: accepted only with
 * NEON_WS_PROXY on loopback, where this setup starts the WebSocket proxy
 * (tests/providers/neon-ws-proxy.ts) that hands the driver's connections to the local Postgres.
 * It starts here, not in setupFiles, because the workers are separate processes and the proxy must
 * serve all of them for the whole run.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { nonLocalReason } from "@/db/local-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated PGlite template's file (tests/setup.ts hands it to db/client.ts). */
    pgliteTemplate: string | undefined;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  // Through lib/env, so a malformed NEON_WS_PROXY stops here with the schema's message.
  const { env } = await import("@/lib/env");
  const url = env.DATABASE_URL;
  if (!url || url === "pglite:memory") return pgliteTemplate(project);
  if (url.startsWith("pglite:")) return;
  const wsProxy = env.NEON_WS_PROXY;
  const refusal = nonLocalReason(url, wsProxy);
  if (refusal) throw new Error(`Refusing to run tests: ${refusal}. DATABASE_URL must point at a local database.`);

  let closeProxy: (() => Promise<void>) | undefined;
  try {
    if (new URL(url).hostname.endsWith(".neon.tech") && wsProxy) {
      const { startNeonWsProxy } = await import("./providers/neon-ws-proxy");
      closeProxy = (await startNeonWsProxy({ listen: wsProxy })).close;
      await createDatabaseIfMissing(url);
    }
    const { runMigrations } = await import("@/db/migrator");
    const { closeDb } = await import("@/db/client");
    await runMigrations();
    await closeDb();
  } catch (error) {
    // A listening proxy would keep the runner alive after the failure.
    await closeProxy?.();
    throw error;
  }
  return closeProxy;
}

/**
 * The Neon pass gets a database of its own (CI names it `<db>_neon`), so its migrations run through
 * the Neon driver on an empty database instead of finding the Postgres pass's already applied.
 * Created through the proxy from the server's `postgres` database.
 */
async function createDatabaseIfMissing(url: string): Promise<void> {
  const { neonPool } = await import("@/db/neon");
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const pool = neonPool(maintenance.toString());
  try {
    const found = await pool.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      await pool.query(`create database "${name.replaceAll('"', '""')}"`).catch((error: { code?: string }) => {
        // Another run created it in the meantime: fine.
        if (error.code !== "42P04") throw error;
      });
    }
  } finally {
    await pool.end();
  }
}

/**
 * One in-memory PGlite, initialized and migrated, dumped to a file every test file's database
 * starts from (db/client.ts, KEEL_TEST_PGLITE_TEMPLATE): PGlite's own start runs initdb, about 5 s
 * in every file, where loading the dump takes 2 (a six-file sample's test time: 56 s → 32 s).
 */
async function pgliteTemplate(project: TestProject): Promise<() => Promise<void>> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = new PGlite("memory://");
  try {
    await migrate(drizzle({ client }), { migrationsFolder: join(process.cwd(), "db/migrations") });
    const dump = await client.dumpDataDir("none");
    const dir = mkdtempSync(join(tmpdir(), "keel-pglite-"));
    const file = join(dir, "migrated.tar");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    project.provide("pgliteTemplate", file);
    return async () => rmSync(dir, { recursive: true, force: true });
  } finally {
    await client.close();
  }
}
