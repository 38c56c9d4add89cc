import { resolve } from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { NeonDatabase } from "drizzle-orm/neon-serverless";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { currentDriver, db } from "./client";

const migrationsFolder = resolve(process.cwd(), "db/migrations");
// Any constant: serializes migrators from several processes against one server.
const migrationLock = 7_210_331;

/** Applies pending migrations from db/migrations. Safe to call from several processes at once. */
export async function runMigrations(): Promise<void> {
  const driver = currentDriver();
  switch (driver) {
    case "pglite":
      // One process owns a PGlite directory (see db/pglite-lock.ts): no lock needed.
      await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
      return;
    case "postgres":
    case "neon":
      await withAdvisoryLock(async () => {
        if (driver === "neon") await migrateNeon(db as unknown as NeonDatabase, { migrationsFolder });
        else await migratePostgres(db, { migrationsFolder });
      });
      return;
  }
}

async function withAdvisoryLock(run: () => Promise<void>): Promise<void> {
  // A session-level lock needs one connection for lock and unlock; a transaction-level lock on a
  // transaction that waits until the migration has run gives the same guarantee with the pool.
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${migrationLock})`);
    await run();
  });
}
