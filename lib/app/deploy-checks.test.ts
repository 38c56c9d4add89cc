import { describe, expect, it } from "vitest";
import { deploymentProblems, type DeploymentFacts } from "./deploy-checks";

/** A well-configured Vercel deployment: Neon, Upstash, no runner loop, a cron secret. */
const vercel: DeploymentFacts = { production: true, serverless: true, database: "neon", rateLimitStore: "upstash", jobsRunner: "off", cronSecret: true };
/** One VM: `next start` on a server Postgres, the runner loop on, counts in memory. */
const vm: DeploymentFacts = { production: true, serverless: false, database: "postgres", rateLimitStore: "memory", jobsRunner: "on", cronSecret: false };

describe("deploymentProblems", () => {
  it("finds nothing wrong with a well-configured Vercel deployment, one VM, or local development", () => {
    expect(deploymentProblems(vercel)).toEqual({ errors: [], warnings: [] });
    expect(deploymentProblems({ ...vercel, rateLimitStore: "redis", database: "postgres" })).toEqual({ errors: [], warnings: [] });
    expect(deploymentProblems(vm)).toEqual({ errors: [], warnings: [] });
    expect(deploymentProblems({ ...vm, production: false, database: "pglite" })).toEqual({ errors: [], warnings: [] });
    // PGlite in production on one VM is a choice the VM guide allows (one process owns the directory).
    expect(deploymentProblems({ ...vm, database: "pglite" }).errors).toEqual([]);
  });

  it("refuses PGlite in production on a serverless host, naming DATABASE_URL", () => {
    const { errors } = deploymentProblems({ ...vercel, database: "pglite" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("DATABASE_URL");
    expect(errors[0]).toContain("PGlite");
  });

  it("lets a serverless build or preview outside production use PGlite (nothing is served from it there)", () => {
    expect(deploymentProblems({ ...vercel, production: false, database: "pglite" }).errors).toEqual([]);
  });

  it("warns when rate limits live in each instance's memory on a multi-instance host, not on one VM", () => {
    const { errors, warnings } = deploymentProblems({ ...vercel, rateLimitStore: "memory" });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining("UPSTASH_REDIS_REST_URL")]);
    expect(deploymentProblems({ ...vercel, production: false, rateLimitStore: "memory" }).warnings).toHaveLength(1);
    expect(deploymentProblems({ ...vm, rateLimitStore: "memory" }).warnings).toEqual([]);
  });

  it("warns when a serverless deployment polls in-process or cannot be reached by its cron", () => {
    expect(deploymentProblems({ ...vercel, jobsRunner: "on" }).warnings).toEqual([expect.stringContaining("JOBS_RUNNER=off")]);
    expect(deploymentProblems({ ...vercel, cronSecret: false }).warnings).toEqual([expect.stringContaining("CRON_SECRET")]);
    expect(deploymentProblems({ ...vm, cronSecret: false }).warnings).toEqual([]);
  });

  it("reports every problem at once", () => {
    const all = deploymentProblems({ production: true, serverless: true, database: "pglite", rateLimitStore: "memory", jobsRunner: "on", cronSecret: false });
    expect(all.errors).toHaveLength(1);
    expect(all.warnings).toHaveLength(3);
  });
});
