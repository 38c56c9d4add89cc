/**
 * Verified keys by hash, in process memory, so the warm path makes no database round trip. An
 * entry is fresh for `ttlMs` (10 s): revocation in this process deletes the entry at once; other
 * processes see it when their entry goes stale. Negative answers (unknown hashes) are cached too,
 * briefly, so a flood of well-formed but unknown keys cannot each cost a query.
 */
export type CachedKey = {
  keyId: string;
  tenantId: string;
  environment: "live" | "test";
  scopes: string[];
  createdBy: string | null;
  /**
   * The creator's role in the tenant now: a key never does more than its creator currently may
   * (route() checks). Null for a key the system made (seeds, tests), which has no creator.
   */
  creatorRole: string | null;
  expiresAt: number | null;
  revoked: boolean;
  rateLimit: { limit: number; windowSeconds: number } | null;
  /** Requests per minute the tenant's plan allows across all its keys. */
  tenantPerMinute: number;
  /** Whether the tenant's plan includes `api_access`; a key of a plan without it answers 402. */
  apiAccess: boolean;
};

type Entry = { value: CachedKey | null; freshUntil: number };

/** How long a verified key is trusted without re-reading it. @default 10_000 ms */
export const ttlMs = 10_000;
const negativeTtlMs = 2_000;
const maxEntries = 10_000;

const globalKey = Symbol.for("keel.api-keys.cache");
type GlobalWithCache = typeof globalThis & { [globalKey]?: Map<string, Entry> };
// On globalThis: Turbopack may load this module once per bundle; all must share one cache.
const store = globalThis as GlobalWithCache;
const entries = (store[globalKey] ??= new Map<string, Entry>());

/** The entry for `hash` while fresh: `undefined` = not cached, `null` = known not to exist. */
export function cachedKey(hash: string, now = Date.now()): CachedKey | null | undefined {
  const entry = entries.get(hash);
  if (!entry) return undefined;
  if (entry.freshUntil <= now) {
    entries.delete(hash);
    return undefined;
  }
  return entry.value;
}

export function cacheKey(hash: string, value: CachedKey | null, now = Date.now()): void {
  // A crude bound: when full, drop the oldest insertion (Map keeps insertion order).
  if (entries.size >= maxEntries) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(hash, { value, freshUntil: now + (value ? ttlMs : negativeTtlMs) });
}

export function forgetKey(hash: string): void {
  entries.delete(hash);
}

/** For tests. */
export function clearKeyCache(): void {
  entries.clear();
}
