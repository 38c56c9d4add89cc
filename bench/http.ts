/**
 * The API through the real server: `next start` (a production build) on a fresh database, driven
 * by autocannon at 50 connections for 15 s per target (after 3 s of warm-up), all targets in one run;
 * each run starts once the server is idle again (waitUntilIdle).
 *
 *   npx tsx bench/http.ts                                   # PGlite in a throwaway directory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/http.ts
 *                                                           # a throwaway database on that server
 *
 * Builds first when there is no build. Everything the targets need is made through the API, as a
 * customer would: sign-ups (each gets a team), a Pro checkout through the payment simulator (its
 * 20,000 credits), live and test keys. Every request carries its own client address in
 * X-Forwarded-For (TRUSTED_PROXY_HOPS=1), so per-address limits apply as in production without
 * one address tripping them; keys are spread over TENANTS teams, so no key or team ceiling trips.
 * Options: BENCH_HTTP_SECONDS (15), BENCH_HTTP_CONNECTIONS (50), BENCH_HTTP_PORT (3195),
 * BENCH_HTTP_TARGETS (comma-separated names from the table; default all).
 * A bench, not a test: it prints one table and asserts nothing.
 */
import { randomInt } from "node:crypto";
import autocannon from "autocannon";
import { clientAddress, ensureBuild, freshDatabase, makeTeam, printTable, serverEnv, startServer, stopServer, waitUntilIdle, type Team } from "./_lib/app-server";

const seconds = Number(process.env.BENCH_HTTP_SECONDS ?? 15);
const warmupSeconds = 3;
const connections = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 50);
const port = Number(process.env.BENCH_HTTP_PORT ?? 3195);
const origin = `http://localhost:${port}`;
// Pro allows 6,000 calls a minute per team (lib/api-keys/limits.ts): 32 teams stay far below it
// at any rate this machine reaches, with every target's calls landing in the same minute.
const TENANTS = 32;
const EVENTS_PER_BATCH = 100;

type Request = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
};
type Row = {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  total: number;
};

ensureBuild();
const database = await freshDatabase(process.env.DATABASE_URL);
const server = await startServer(port, serverEnv(origin, database.url));
try {
  const started = performance.now();
  const teams: Team[] = [];
  for (let i = 0; i < TENANTS; i++) teams.push(await makeTeam(origin, i));
  console.log(`Setup: ${TENANTS} teams on Pro, each with a live and a test key, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const pick = () => teams[randomInt(teams.length)]!;
  const json = { "content-type": "application/json" };
  const targets: Record<string, () => Request> = {
    "POST /v1/keys/verify": () => ({
      method: "POST",
      path: "/v1/keys/verify",
      headers: json,
      body: JSON.stringify({ key: pick().live }),
    }),
    "POST /v1/echo (live key, metered)": () => ({
      method: "POST",
      path: "/v1/echo",
      headers: { ...json, authorization: `Bearer ${pick().live}` },
      body: '{"hello":"keel"}',
    }),
    "POST /v1/echo (test key)": () => ({
      method: "POST",
      path: "/v1/echo",
      headers: { ...json, authorization: `Bearer ${pick().test}` },
      body: '{"hello":"keel"}',
    }),
    [`POST /usage/events (${EVENTS_PER_BATCH} a batch)`]: () => ({
      method: "POST",
      path: "/usage/events",
      headers: { ...json, authorization: `Bearer ${pick().live}` },
      body: eventBatch(),
    }),
    "GET /projects (session cookie)": () => ({
      method: "GET",
      path: "/projects",
      headers: { cookie: pick().cookie },
    }),
  };
  const chosen = process.env.BENCH_HTTP_TARGETS?.split(",").map((name) => name.trim());
  const rows: Row[] = [];
  for (const [target, request] of Object.entries(targets)) {
    if (chosen && !chosen.some((name) => target.includes(name))) continue;
    rows.push(await load(target, request));
  }
  const dbName = database.url.startsWith("pglite:") ? "PGlite (embedded, in the server process)" : "Postgres";
  console.log(`\nnext start (production build) on ${dbName}; autocannon, ${connections} connections, ${seconds} s per target after ${warmupSeconds} s unmeasured, from this process on the same machine`);
  printTable(
    ["target", "req/s", "p50 ms", "p99 ms", "2xx"],
    rows.map((row) => [row.target, row.rps.toFixed(0), String(row.p50), String(row.p99), `${((100 * row.ok) / Math.max(row.total, 1)).toFixed(2)}% of ${row.total}`]),
  );
  const verify = rows.find((row) => row.target.includes("verify"));
  const metered = rows.find((row) => row.target.includes("metered"));
  if (verify && metered) {
    console.log(`\nmetered echo / verify: throughput ${(metered.rps / verify.rps).toFixed(2)}, p99 ${(metered.p99 / verify.p99).toFixed(2)}`);
  }
} finally {
  await stopServer(server);
  await database.drop();
}

function eventBatch(): string {
  const stamp = `${Date.now()}-${randomInt(1e9)}`;
  const events = Array.from({ length: EVENTS_PER_BATCH }, (_, i) => ({
    meter: "bench.events",
    quantity: 1 + (i % 7),
    idempotencyKey: `${stamp}-${i}`,
  }));
  return JSON.stringify({ events });
}

async function load(target: string, request: () => Request): Promise<Row> {
  const options = { url: origin, connections, requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, ...withAddress(request()) }) }] };
  // Unmeasured first: the route's first calls compile and warm its code, connections and caches.
  // Each run starts on an idle server, not behind the requests the run before it abandoned.
  await waitUntilIdle(origin);
  await autocannon({ ...options, duration: warmupSeconds });
  await waitUntilIdle(origin);
  const result = await autocannon({ ...options, duration: seconds });
  // autocannon's `errors` already include its `timeouts` (no answer within 10 s): count them once.
  const total = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"] + result.errors;
  const row = {
    target,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result["2xx"],
    total,
  };
  const refused = result["4xx"] + result["5xx"];
  console.log(
    `${target}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${refused || result.errors ? ` (${result["4xx"]} 4xx, ${result["5xx"]} 5xx, ${result.errors} errors, ${result.timeouts} of them timeouts)` : ""}`,
  );
  return row;
}

function withAddress(request: Request): Request {
  return {
    ...request,
    headers: { ...request.headers, "x-forwarded-for": clientAddress() },
  };
}
