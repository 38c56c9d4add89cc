/**
 * Integration tests run on in-memory PGlite unless DATABASE_URL names a server. A server is
 * migrated once here; each PGlite worker migrates its own memory database in tests/setup.ts.
 * Tests refuse a database that is not local, so they can never write to production.
 */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url || url.startsWith("pglite:")) return;
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
    throw new Error(`Refusing to run tests against ${host}: DATABASE_URL must point at a local database.`);
  }
  const { runMigrations } = await import("@/db/migrator");
  const { closeDb } = await import("@/db/client");
  await runMigrations();
  await closeDb();
}
