import { count } from "drizzle-orm";
import { databaseTarget, db } from "@/db/client";
import { runMigrations } from "@/db/migrator";
import { users } from "@/db/schema/auth";
import { env } from "@/lib/env";
import { startJobRunner } from "@/lib/jobs";
import { logger } from "@/lib/observability";
import { rateLimitStore } from "@/lib/rate-limit";
import { isProductionRuntime } from "@/lib/runtime";
import { handleShutdownSignals } from "@/lib/shutdown";
import { deploymentProblems, type DeploymentFacts } from "./deploy-checks";
import { jobs } from "./jobs";
import { modules } from "./modules";

/**
 * What a server process does once at start (called from instrumentation.ts): check every module's
 * env keys and the deployment rules (lib/app/deploy-checks.ts), apply pending migrations, seed an
 * empty development database, start the in-process job runner. Running it in the server process
 * matters for PGlite, which only one process may open.
 */
export async function bootServer(): Promise<void> {
  const started = performance.now();
  // Parse every module's env keys now, so a bad value stops the start instead of a request.
  for (const m of modules) if ("env" in m) m.env();
  const { driver } = databaseTarget();
  const { errors, warnings } = deploymentProblems(deploymentFacts(driver));
  for (const warning of warnings) logger.warn(warning);
  if (errors.length) throw new Error(errors.join("\n"));
  await runMigrations();
  if (env.NODE_ENV === "development" && (await isEmpty())) {
    const { seedDemo } = await import("@/seed/scenarios/demo");
    const { printLogins } = await import("@/seed/print");
    printLogins(await seedDemo());
    logger.info("Seeded the empty development database with demo data.");
  }
  startJobRunner(jobs);
  // Buffers written behind (the API request log) are flushed before Next.js exits on a signal.
  handleShutdownSignals();
  logger.info("Server ready", { driver, bootMs: Math.round(performance.now() - started) });
}

function deploymentFacts(database: DeploymentFacts["database"]): DeploymentFacts {
  return {
    production: isProductionRuntime,
    serverless: env.VERCEL === "1",
    database,
    rateLimitStore: rateLimitStore(),
    jobsRunner: env.JOBS_RUNNER,
    cronSecret: Boolean(env.CRON_SECRET),
  };
}

async function isEmpty(): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}
