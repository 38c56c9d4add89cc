import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { ComponentStatus } from "./catalog";

export type CheckResult = { status: ComponentStatus; latencyMs: number; detail: string | null };

/** A component of the status page and how its state is found. */
export type ComponentCheck = {
  /** As shown on the page and in /status.json, and as incidents name it. */
  name: string;
  /** Null when the component is not part of this deployment (payments without the billing module). */
  run: () => Promise<Omit<CheckResult, "latencyMs"> | null>;
};

/** Above this a database round trip counts as degraded. */
const slowQueryMs = 1_000;
/** The oldest due job waiting longer than these: degraded, then outage. */
const jobLagDegradedSeconds = 5 * 60;
const jobLagOutageSeconds = 30 * 60;

async function roundTrip(query: ReturnType<typeof sql>): Promise<Omit<CheckResult, "latencyMs">> {
  const started = performance.now();
  await db.execute(query);
  const ms = performance.now() - started;
  return ms > slowQueryMs ? { status: "degraded", detail: `slow database: ${Math.round(ms)} ms` } : { status: "operational", detail: null };
}

/**
 * How a job family is doing over the last hour: `dead` jobs (every retry failed) make it degraded,
 * and only dead ones with none succeeding make it an outage; a due job waiting over 10 minutes
 * is degraded too. Read from the jobs table, so any process answers for all of them.
 */
async function jobFamily(prefix: string): Promise<Omit<CheckResult, "latencyMs">> {
  const result = await db.execute(sql`
    select
      count(*) filter (where status = 'dead' and updated_at > now() - interval '1 hour')::int as dead,
      count(*) filter (where status = 'succeeded' and updated_at > now() - interval '1 hour')::int as succeeded,
      coalesce(extract(epoch from now() - min(run_at) filter (where status = 'pending' and run_at <= now())), 0)::float8 as lag
    from jobs where name like ${`${prefix}.%`}`);
  const row = result.rows[0] as { dead: number; succeeded: number; lag: number };
  const dead = Number(row.dead);
  if (dead >= 3 && Number(row.succeeded) === 0) return { status: "outage", detail: `${dead} ${prefix} jobs failed in the last hour, none succeeded` };
  if (dead > 0) return { status: "degraded", detail: `${dead} ${prefix} jobs failed in the last hour` };
  if (Number(row.lag) > 600) return { status: "degraded", detail: `${prefix} jobs waiting ${Math.round(Number(row.lag))} s` };
  return { status: "operational", detail: null };
}

/**
 * The components, in page order. Each check is a cheap read of what Keel already records; none
 * calls an outside provider (a status page that pings Resend every five minutes would report
 * Resend's status, not ours, and spend its rate limit).
 */
export const componentChecks: readonly ComponentCheck[] = [
  { name: "API", run: () => roundTrip(sql`select 1`) },
  { name: "Dashboard", run: () => roundTrip(sql`select 1 from sessions limit 1`) },
  {
    name: "Background jobs",
    run: async () => {
      const result = await db.execute(sql`select coalesce(extract(epoch from now() - min(run_at)), 0)::float8 as lag from jobs where status = 'pending' and run_at <= now()`);
      const lag = Number((result.rows[0] as { lag: number }).lag);
      if (lag > jobLagOutageSeconds) return { status: "outage", detail: `oldest due job waiting ${Math.round(lag)} s` };
      if (lag > jobLagDegradedSeconds) return { status: "degraded", detail: `oldest due job waiting ${Math.round(lag)} s` };
      return { status: "operational", detail: null };
    },
  },
  { name: "Email", run: () => jobFamily("email") },
  {
    name: "Payments",
    // The billing module's tables, by name: the status page needs no import of billing, and with
    // billing removed the component leaves the page.
    run: async () => {
      const present = await db.execute(sql`select to_regclass('billing_events') is not null as present`);
      if (!(present.rows[0] as { present: boolean }).present) return null;
      const unreadable = await db.execute(sql`select count(*)::int as n from billing_events where outcome like 'unreadable%' and received_at > now() - interval '1 hour'`);
      const n = Number((unreadable.rows[0] as { n: number }).n);
      if (n > 0) return { status: "degraded", detail: `${n} payment webhooks could not be read in the last hour` };
      return jobFamily("billing");
    },
  },
];

/** Runs every check; a check that throws is an outage of its component. */
export async function runChecks(checks: readonly ComponentCheck[] = componentChecks): Promise<(CheckResult & { name: string })[]> {
  const results = await Promise.all(
    checks.map(async (check) => {
      const started = performance.now();
      try {
        const result = await check.run();
        return result && { name: check.name, ...result, latencyMs: Math.round(performance.now() - started) };
      } catch (error) {
        return { name: check.name, status: "outage" as const, detail: error instanceof Error ? error.message.slice(0, 300) : String(error), latencyMs: Math.round(performance.now() - started) };
      }
    }),
  );
  return results.filter((r) => r !== null);
}
