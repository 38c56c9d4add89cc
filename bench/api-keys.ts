/**
 * API-key verification cost in-process: 10,000 warm verifications (cache hit + rate limits, no
 * database), the check alone, and cold misses (one database read each) for comparison.
 * Run: `npx tsx bench/api-keys.ts` (in-memory PGlite and the in-memory rate-limit store unless
 * DATABASE_URL / REDIS_URL say otherwise).
 */
process.env.DATABASE_URL ??= "pglite:memory";

const { runMigrations } = await import("@/db/migrator");
const { closeDb } = await import("@/db/client");
const { authenticateApiKey, checkKey, clearKeyCache, createApiKey, settleLastUsedWrites } = await import("@/lib/api-keys");
const { systemContext } = await import("@/lib/tenants/context");
const { createTenant, createUser } = await import("@/seed/factories");

const WARM = 10_000;
const COLD = 500;

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return `p50 ${(at(50) * 1000).toFixed(1).padStart(7)} µs   p99 ${(at(99) * 1000).toFixed(1).padStart(7)} µs   max ${(at(100) * 1000).toFixed(0).padStart(6)} µs`;
}

async function time(rounds: number, fn: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

await runMigrations();
// Enterprise tenants allow 6,000 requests a minute each; two of them cover 10,000 warm calls.
const keys: string[] = [];
for (let t = 0; t < 2; t++) {
  const owner = await createUser();
  const tenant = await createTenant({ owner, plan: "enterprise", billingState: "active" });
  const created = await createApiKey({ ...systemContext(tenant.id), userId: owner.id }, { name: "bench", environment: "live", scopes: ["projects:read"], rateLimit: { limit: 1_000_000, windowSeconds: 60 } });
  keys.push(created.key);
}
const requests = keys.map((key) => new Request("http://localhost/projects", { headers: { authorization: `Bearer ${key}` } }));
for (const req of requests) await authenticateApiKey(req); // warm the cache
await settleLastUsedWrites();

const warm = await time(WARM, (i) => authenticateApiKey(requests[i % 2] as Request));
const checkOnly = await time(WARM, (i) => checkKey(keys[i % 2] as string));
const cold = await time(COLD, (i) => {
  clearKeyCache();
  return checkKey(keys[i % 2] as string);
});

console.log(`warm authenticateApiKey (cache + 2 rate-limit checks), n=${WARM}:  ${percentiles(warm)}`);
console.log(`warm checkKey (checksum + SHA-256 + cache), n=${WARM}:           ${percentiles(checkOnly)}`);
console.log(`cold checkKey (one database read), n=${COLD}:                     ${percentiles(cold)}`);
await settleLastUsedWrites();
await closeDb();

export {};
