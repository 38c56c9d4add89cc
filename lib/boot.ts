import { count } from "drizzle-orm";
import { databaseTarget, db } from "@/db/client";
import { runMigrations } from "@/db/migrator";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { startJobRunner } from "@/lib/jobs";
import { logger } from "@/lib/observability";

/**
 * What a server process does once at start (called from instrumentation.ts): apply pending
 * migrations, seed an empty development database, start the in-process job runner. Running it in
 * the server process matters for PGlite, which only one process may open.
 */
export async function bootServer(): Promise<void> {
  const started = performance.now();
  const { driver } = databaseTarget();
  await runMigrations();
  if (env.NODE_ENV === "development" && (await isEmpty())) {
    const { seedDemo } = await import("@/seed/scenarios/demo");
    const { printLogins } = await import("@/seed/print");
    printLogins(await seedDemo());
    logger.info("Seeded the empty development database with demo data.");
  }
  startJobRunner();
  logger.info("Server ready", { driver, bootMs: Math.round(performance.now() - started) });
}

async function isEmpty(): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}
