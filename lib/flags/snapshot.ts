import { isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { featureFlags } from "@/db/schema/flags";
import { isProduction } from "@/lib/runtime";
import type { FlagRule, FlagType } from "./definition";
import { compileFlag, evaluateFlag, type CompiledFlag, type Environment, type FlagContext } from "./evaluate";

/** A process re-reads the table's fingerprint at most this often: a change is live everywhere within a second. */
export const freshnessMs = 1_000;

type Snapshot = { fingerprint: string; flags: Map<string, CompiledFlag>; checkedAt: number };

// On globalThis, one per process: dev reloads and Next's separate bundles share it.
const globalKey = Symbol.for("keel.flags.snapshot");
const holder = globalThis as typeof globalThis & { [globalKey]?: { current: Snapshot | null; loading: Promise<Snapshot> | null } };
const state = (holder[globalKey] ??= { current: null, loading: null });

export const currentEnvironment = (): Environment => (isProduction ? "production" : "development");

/**
 * The compiled flags, fresh to within `freshnessMs`. Every process keeps the whole (small) table
 * compiled in memory and, at most once a second, asks Postgres for a fingerprint (row count and
 * summed versions: one index-free aggregate over a few hundred rows); only a changed fingerprint
 * reloads. This works on every driver, pooled and serverless connections included, where a
 * LISTEN could not be held (lib/notifications/realtime does LISTEN/NOTIFY for its streams; for
 * flags one tiny query a second per busy process is the simpler price for the same guarantee).
 */
export async function flagSnapshot(now = Date.now()): Promise<Map<string, CompiledFlag>> {
  const current = state.current;
  if (current && now - current.checkedAt < freshnessMs) return current.flags;
  state.loading ??= refresh(current).finally(() => (state.loading = null));
  return (await state.loading).flags;
}

async function refresh(current: Snapshot | null): Promise<Snapshot> {
  const [row] = (await db.execute(sql`select count(*)::int as n, coalesce(sum(version), 0)::bigint as v, count(archived_at)::int as a from feature_flags`)).rows as { n: number; v: string; a: number }[];
  const fingerprint = `${row?.n}:${row?.v}:${row?.a}`;
  if (current && current.fingerprint === fingerprint) {
    current.checkedAt = Date.now();
    return current;
  }
  const rows = await db.select().from(featureFlags).where(isNull(featureFlags.archivedAt));
  const environment = currentEnvironment();
  const flags = new Map(rows.map((r) => [r.key, compileFlag({ key: r.key, type: r.type as FlagType, defaultValue: r.defaultValue, rules: r.rules as FlagRule[], environments: r.environments }, environment)]));
  state.current = { fingerprint, flags, checkedAt: Date.now() };
  return state.current;
}

/** Forgets the snapshot (tests). */
export function resetFlagSnapshot(): void {
  state.current = null;
}

/** Every live flag's value for `ctx`, keyed by flag. Archived flags are gone: `flag()` answers their caller's fallback. */
export async function evaluateAllFlags(ctx: FlagContext): Promise<Record<string, unknown>> {
  const flags = await flagSnapshot();
  const out: Record<string, unknown> = {};
  for (const [key, flag] of flags) out[key] = evaluateFlag(flag, ctx).value;
  return out;
}

/**
 * One flag's value for `ctx`. An unknown or archived key answers `fallback`, so code that still
 * asks after a flag is archived keeps working.
 */
export async function flag<T>(ctx: FlagContext, key: string, fallback: T): Promise<T> {
  const compiled = (await flagSnapshot()).get(key);
  return compiled ? (evaluateFlag(compiled, ctx).value as T) : fallback;
}
