/**
 * API-key verification: Keel (lib/api-keys) beside better-auth's api-key plugin, on the same
 * database in the same run, with 10,000 keys of each in it.
 * - in-process: Keel `authenticateApiKey` (Bearer header) warm (cache hit) and cold (cache
 *   cleared before each call: one database read); the plugin's `auth.api.verifyApiKey` (no cache:
 *   every call reads and writes the row; 3,000 calls);
 * - over HTTP on 127.0.0.1, still in-process: a bare node:http server in this process (not the
 *   app: no Next.js, no route; bench/http.ts measures the app through `next start`) verifying the Bearer key, 20,000
 *   POSTs with 100 in flight over keep-alive sockets, cycling over 1,000 of the keys (Keel's cache
 *   warm for them; re-reads after its 10 s TTL are counted as misses): p50/p99 and requests/s.
 * Runs once on Postgres (a throwaway database on BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) and once on PGlite (a throwaway directory in /tmp),
 * each in a child process. Rate limits use the in-process store unless REDIS_URL is set.
 * Run: `npx tsx bench/api-keys.ts`   (BENCH_TARGETS=postgres or =pglite for one of them)
 */
import { fileURLToPath } from "node:url";
import { childTarget, report, runOnTargets } from "./_lib/targets";
import { apiKeyIds } from "@/lib/api-keys/catalog";

const KEYS = 10_000;
const TENANTS = 100; // enterprise tenants allow 6,000 requests a minute each: no 429s here
const COLD = 2_000;
const PLUGIN_IN_PROCESS = 3_000; // about 3-8 ms each: 10,000 would take over a minute
const HOT = 1_000; // HTTP cycles over this many keys, so Keel's 10 s cache stays warm (misses are counted)
const HTTP_REQUESTS = Number(process.env.BENCH_HTTP_REQUESTS ?? 20_000);
const CONCURRENCY = 100;

if (childTarget === null) {
  await runOnTargets(fileURLToPath(import.meta.url));
} else {
  const { fmt, pool, summarize, table, timeSequential } = await import("./_lib/stats");
  const { loadOverHttp } = await import("./_lib/http-load");
  const { createPluginTable, pluginAuth } = await import("./_lib/plugin-auth");
  const { closeDb, db } = await import("@/db/client");
  const { runMigrations } = await import("@/db/migrator");
  const { apiKeys } = await import("@/db/schema/api-keys");
  const { tenants } = await import("@/db/schema/tenants");
  const { users } = await import("@/db/schema/auth");
  const { authenticateApiKey, clearKeyCache, generateKey, hashKey, keyStart, settleLastUsedWrites } = await import("@/lib/api-keys");
  const { cachedKey } = await import("@/lib/api-keys/cache");
  const { keyFromRequest } = await import("@/lib/api-keys/token");
  const { DomainError } = await import("@/lib/errors");
  const { statusOf } = await import("@/lib/http/errors");
  const { newId } = await import("@/lib/ids");
  const { closeRateLimitStore } = await import("@/lib/rate-limit");

  const log = (line: string) => console.log(`[${childTarget}] ${line}`);
  let started = performance.now();
  const lap = () => {
    const s = ((performance.now() - started) / 1000).toFixed(1);
    started = performance.now();
    return `${s} s`;
  };

  // --- Seed: one user, 100 tenants, 10,000 Keel keys (bulk rows made with the module's helpers).
  await runMigrations();
  await createPluginTable();
  const userId = newId("user");
  await db.insert(users).values({ id: userId, name: "Bench", email: `bench-${userId}@test.keel.local`, emailVerified: true });
  const tenantIds = Array.from({ length: TENANTS }, () => newId("tenant"));
  await db.insert(tenants).values(tenantIds.map((id) => ({ id, name: `Bench ${id}`, slug: `bench-${id.slice(4)}`, plan: "enterprise", billingState: "active" })));
  const keelKeys = Array.from({ length: KEYS }, () => generateKey("live"));
  for (let i = 0; i < KEYS; i += 1000) {
    await db.insert(apiKeys).values(
      keelKeys.slice(i, i + 1000).map((key, j) => ({
        id: apiKeyIds.newId("apiKey"),
        tenantId: tenantIds[(i + j) % TENANTS]!,
        name: "bench",
        environment: "live" as const,
        keyHash: hashKey(key),
        start: keyStart(key),
        scopes: ["projects:read"],
        createdBy: userId,
      })),
    );
  }
  log(`seeded ${KEYS} Keel keys in ${lap()}`);
  const auth = pluginAuth();
  const pluginKeys: string[] = new Array(KEYS);
  await pool(KEYS, 10, async (i) => {
    pluginKeys[i] = (await auth.api.createApiKey({ body: { userId, name: "bench" } })).key;
  });
  log(`created ${KEYS} plugin keys with auth.api.createApiKey in ${lap()}`);

  // --- Keel in-process. Warm: per slice of 1,000 keys, one unmeasured call fills the cache (TTL
  // 10 s) and the once-a-minute last-used write; then the measured call. Cold: cache cleared first.
  const requests = keelKeys.map((key) => new Request("http://127.0.0.1/v1/projects", { headers: { authorization: `Bearer ${key}` } }));
  const warm: number[] = [];
  for (let from = 0; from < KEYS; from += 1000) {
    await pool(1000, 10, (i) => authenticateApiKey(requests[from + i]!));
    await settleLastUsedWrites();
    warm.push(...(await timeSequential(1000, (i) => authenticateApiKey(requests[from + i]!))));
  }
  const cold = await timeSequential(COLD, (i) => {
    clearKeyCache();
    return authenticateApiKey(requests[(i * 7) % KEYS]!);
  });
  log(`Keel in-process done in ${lap()}`);

  // --- Plugin in-process: every call is a read plus writes (rate-limit counter, updatedAt).
  let pluginRefused = 0;
  const plugin = await timeSequential(PLUGIN_IN_PROCESS, async (i) => {
    const answer = await auth.api.verifyApiKey({ body: { key: pluginKeys[(i * 3) % KEYS]! } });
    if (!answer.valid) pluginRefused++;
  });
  log(`plugin in-process done in ${lap()} (${pluginRefused} refused)`);

  // --- Over HTTP, both on the same 1,000 of the 10,000 keys. Keel's cache is filled for them
  // first; entries older than 10 s are re-read during the run, and those misses are counted.
  clearKeyCache();
  await pool(HOT, CONCURRENCY, (i) => authenticateApiKey(requests[i]!));
  await settleLastUsedWrites();
  let keelMisses = 0;
  const keelHttp = await loadOverHttp({
    total: HTTP_REQUESTS,
    concurrency: CONCURRENCY,
    authorization: (i) => `Bearer ${keelKeys[i % HOT]}`,
    handle: async (req) => {
      const key = keyFromRequest(req);
      if (key && cachedKey(hashKey(key)) === undefined) keelMisses++;
      try {
        const principal = await authenticateApiKey(req);
        return principal ? { status: 200, body: { valid: true, tenantId: principal.tenantId } } : { status: 401, body: { valid: false } };
      } catch (error) {
        if (error instanceof DomainError) return { status: statusOf(error), body: { valid: false, code: error.code } };
        throw error;
      }
    },
  });
  log(`Keel over HTTP done in ${lap()} (${keelMisses} cache misses)`);
  const pluginHttp = await loadOverHttp({
    total: HTTP_REQUESTS,
    concurrency: CONCURRENCY,
    authorization: (i) => `Bearer ${pluginKeys[i % HOT]}`,
    handle: async (req) => {
      const key = req.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
      const answer = await auth.api.verifyApiKey({ body: { key } });
      return answer.valid ? { status: 200, body: { valid: true, referenceId: answer.key?.referenceId } } : { status: 401, body: { valid: false, code: answer.error?.code } };
    },
  });
  log(`plugin over HTTP done in ${lap()}`);

  // --- Report.
  const w = summarize(warm);
  const c = summarize(cold);
  const p = summarize(plugin);
  const x = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  console.log(`\n${childTarget}: ${KEYS} keys each; in-process HTTP (a bare node:http server in this process, not the app; see bench/http.ts): ${HTTP_REQUESTS} requests over ${HOT} keys, ${CONCURRENCY} in flight, keep-alive, loopback; Keel cache misses during HTTP: ${keelMisses}`);
  table(
    ["", "Keel", "better-auth plugin", "plugin / Keel"],
    [
      [`in-process warm p50 (n=${w.n} / ${p.n})`, fmt(w.p50), fmt(p.p50), x(p.p50, w.p50)],
      ["in-process warm p99", fmt(w.p99), fmt(p.p99), x(p.p99, w.p99)],
      [`in-process cold p50 (n=${c.n}; plugin: same calls)`, fmt(c.p50), fmt(p.p50), x(p.p50, c.p50)],
      ["in-process cold p99", fmt(c.p99), fmt(p.p99), x(p.p99, c.p99)],
      ["in-process HTTP p50", fmt(keelHttp.p50), fmt(pluginHttp.p50), x(pluginHttp.p50, keelHttp.p50)],
      ["in-process HTTP p99", fmt(keelHttp.p99), fmt(pluginHttp.p99), x(pluginHttp.p99, keelHttp.p99)],
      ["in-process HTTP req/s (ratio: Keel / plugin)", keelHttp.perSecond.toFixed(0), pluginHttp.perSecond.toFixed(0), x(keelHttp.perSecond, pluginHttp.perSecond)],
      ["in-process HTTP statuses", JSON.stringify(keelHttp.statuses), JSON.stringify(pluginHttp.statuses), ""],
    ],
  );
  report({ warm: w, cold: c, plugin: p, keelHttp, pluginHttp });
  await settleLastUsedWrites();
  await closeRateLimitStore();
  await closeDb();
}
