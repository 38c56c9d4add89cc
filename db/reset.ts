import "./load-env";
import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { closeDb, databaseTarget, db } from "./client";
import { nonLocalReason } from "./local-database";
import { runMigrations } from "./migrator";
import { runScript } from "./script";
import { seedDemo } from "@/seed/scenarios/demo";
import { printLogins } from "@/seed/print";

// Drops every table (the public schema and drizzle's bookkeeping), migrates, and seeds.
const target = databaseTarget();
const refusal = target.driver === "pglite" ? undefined : nonLocalReason(target.location, env.NEON_WS_PROXY);
if (refusal) {
  console.error(`Refusing to reset: ${refusal}. db:reset only runs against a local database.`);
  process.exit(1);
}
await runScript(async () => {
  await db.execute(sql`drop schema if exists public cascade`);
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`create schema public`);
  await runMigrations();
  const logins = await seedDemo();
  await closeDb();
  console.log(`Reset and seeded (${target.driver}).\n`);
  printLogins(logins);
});
