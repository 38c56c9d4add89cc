import type { Driver } from "@/db/client";
import type { RateLimitStoreName } from "@/lib/rate-limit";

/** What boot knows about where and how the app runs. */
export type DeploymentFacts = {
  /** `next start` / a deployed server (NODE_ENV=production, not the build). */
  production: boolean;
  /** A serverless host (VERCEL=1): many short-lived instances at once, none polling. */
  serverless: boolean;
  database: Driver;
  rateLimitStore: RateLimitStoreName;
  /** JOBS_RUNNER: whether this process starts the polling runner. */
  jobsRunner: "on" | "off";
  /** Whether CRON_SECRET is set, so /internal/cron accepts a scheduler's call. */
  cronSecret: boolean;
};

export type DeploymentProblems = {
  /** Boot refuses to start with any of these. */
  errors: string[];
  /** Boot logs these and starts. */
  warnings: string[];
};

/**
 * The deployment rules boot applies (lib/app/boot.ts): what would lose data is refused, what
 * would quietly weaken a guarantee is warned about. Pure, so every case is unit-tested.
 */
export function deploymentProblems(facts: DeploymentFacts): DeploymentProblems {
  const errors: string[] = [];
  const warnings: string[] = [];
  // A serverless host runs several instances at once and replaces them at will.
  const multiInstance = facts.serverless;

  if (facts.production && facts.serverless && facts.database === "pglite") {
    errors.push(
      "DATABASE_URL is unset or pglite:, which keeps the data in an embedded PGlite on this serverless instance's own disk: each instance would have its own database, lost when it stops. Set DATABASE_URL to a Postgres server (Neon: the postgres://…neon.tech/… connection string).",
    );
  }
  if (multiInstance && facts.rateLimitStore === "memory") {
    warnings.push(
      "Rate limits are counted in each instance's memory (neither UPSTASH_REDIS_REST_URL nor REDIS_URL is set), and this deployment runs several instances: each one allows the full limit, so a client can exceed it. Set UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN to share the counts.",
    );
  }
  if (facts.serverless && facts.jobsRunner === "on") {
    warnings.push(
      "JOBS_RUNNER=on on a serverless host: the in-process runner only ticks while an instance happens to be running, and /internal/health reports it stalled in between. Set JOBS_RUNNER=off; the vercel.json cron calling /internal/cron (and Trigger.dev, when configured) runs the jobs.",
    );
  }
  if (facts.production && facts.serverless && !facts.cronSecret) {
    warnings.push(
      "CRON_SECRET is not set, so /internal/cron refuses Vercel Cron's calls (401) and nothing runs the jobs: no email goes out, no cron job runs. Set CRON_SECRET (16+ characters); Vercel sends it as the bearer token.",
    );
  }
  return { errors, warnings };
}
