/**
 * What stopping the server under load loses on the metered path, against the window
 * content/docs/modules/usage.mdx documents. Twice, each on a fresh database: `next start`
 * (production build) answers metered `POST /v1/echo` with live keys to autocannon (50
 * connections); after BENCH_CRASH_AFTER_MS (default 4,000) the server gets SIGKILL (a crash), then,
 * in the second round, SIGTERM (a clean shutdown). The database is then read directly and
 * compared with the 200 answers the client received, by their X-Request-Id:
 * - usage events, `deduct` ledger entries and the quota counters must account for every 200, each
 *   once, and every balance must equal its ledger and its grants (nothing granted or spent twice);
 * - request-log rows are written behind: a crash may lose the last flush window, SIGTERM nothing.
 *
 *   npx tsx bench/crash.ts                          # PGlite
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/crash.ts
 *
 * A bench, not a test: it prints one table and asserts nothing.
 */
import { randomInt } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { clientAddress, ensureBuild, freshDatabase, makeTeam, printTable, serverEnv, startServer, stopServer, type Team } from "./_lib/app-server";

const port = Number(process.env.BENCH_CRASH_PORT ?? 3196);
const origin = `http://localhost:${port}`;
const stopAfterMs = Number(process.env.BENCH_CRASH_AFTER_MS ?? 4_000);
const TENANTS = 8;

type Round = {
  signal: NodeJS.Signals;
  answered: number;
  rps: number;
  facts: Facts;
};
type Facts = {
  eventsMissing: number;
  eventsUnanswered: number;
  deductsMissing: number;
  deductsWithoutEvent: number;
  counterMinusEvents: number;
  booksOff: number;
  logsMissing: number;
};

ensureBuild();
const rounds: Round[] = [];
for (const signal of ["SIGKILL", "SIGTERM"] as const) rounds.push(await round(signal));

const dbName = process.env.DATABASE_URL?.startsWith("postgres") ? "Postgres" : "PGlite";
console.log(`\nnext start (production build) on ${dbName}; metered POST /v1/echo, autocannon 50 connections, the server stopped ${stopAfterMs} ms in`);
printTable(
  ["stop", "200s", "req/s", "usage events missing", "charges missing", "charged twice / unbooked", "counter − events", "balance ≠ ledger or grants", "request-log rows missing"],
  rounds.map(({ signal, answered, rps, facts }) => [
    signal,
    String(answered),
    rps.toFixed(0),
    String(facts.eventsMissing),
    String(facts.deductsMissing),
    String(facts.deductsWithoutEvent),
    String(facts.counterMinusEvents),
    String(facts.booksOff),
    `${facts.logsMissing} (${((1000 * facts.logsMissing) / Math.max(rps, 1)).toFixed(0)} ms of calls)`,
  ]),
);
const inFlight = rounds.map((r) => `${r.signal}: ${r.facts.eventsUnanswered}`).join(", ");
console.log(`\nCalls counted and charged whose answer never reached the client (in flight at the stop; each once): ${inFlight}`);

async function round(signal: NodeJS.Signals): Promise<Round> {
  const database = await freshDatabase(process.env.DATABASE_URL);
  const server = await startServer(port, serverEnv(origin, database.url));
  try {
    const teams: Team[] = [];
    for (let i = 0; i < TENANTS; i++) teams.push(await makeTeam(origin, i));
    const answered = new Set<string>();
    const started = performance.now();
    // The callback form returns the running instance, which can be stopped.
    const instance = autocannon(
      {
        url: origin,
        connections: 50,
        duration: 30,
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              method: "POST",
              path: "/v1/echo",
              headers: {
                "content-type": "application/json",
                authorization: `Bearer ${teams[randomInt(teams.length)]!.live}`,
                "x-forwarded-for": clientAddress(),
              },
              body: '{"hello":"keel"}',
            }),
            onResponse: (status, _body, _context, headers) => {
              const id = (headers as Record<string, string | undefined>)["x-request-id"];
              if (status === 200 && id) answered.add(id);
            },
          },
        ],
      },
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, stopAfterMs));
    const exit = await stopServer(server, signal);
    const seconds = (performance.now() - started) / 1000;
    instance.stop();
    // After SIGTERM Next.js stops accepting connections but answers on the open keep-alive ones
    // until they close: under this load, until autocannon stops (its 30 s).
    console.log(`${signal}: ${answered.size} answered 200 in ${seconds.toFixed(1)} s; the server exited with ${exit ?? signal} ${(seconds - stopAfterMs / 1000).toFixed(1)} s after the signal`);
    return {
      signal,
      answered: answered.size,
      rps: answered.size / seconds,
      facts: await readFacts(database.url, answered),
    };
  } finally {
    await stopServer(server, "SIGKILL");
    await database.drop();
  }
}

async function readFacts(url: string, answered: Set<string>): Promise<Facts> {
  const query = await openDatabase(url);
  try {
    const events = new Set((await query<{ key: string }>("select idempotency_key as key from usage_events where meter = 'api_requests'")).map((r) => r.key));
    const deducts = (await query<{ key: string }>("select idempotency_key as key from credit_ledger where kind = 'deduct'")).map((r) => r.key.replace(/^api:/, ""));
    const logs = new Set((await query<{ id: string }>("select id from api_requests where status = 200")).map((r) => r.id));
    const [counted] = await query<{ used: number }>("select coalesce(sum(used), 0)::float8 as used from usage_counters where meter = 'api_requests'");
    const books = await query<{ off: number }>(`
      select count(*)::float8 as off from credit_balances b
      where b.balance <> (select coalesce(sum(amount), 0) from credit_ledger l where l.tenant_id = b.tenant_id)
         or b.balance <> (select coalesce(sum(remaining), 0) from credit_grants g where g.tenant_id = b.tenant_id)`);
    const deducted = new Set(deducts);
    return {
      eventsMissing: [...answered].filter((id) => !events.has(id)).length,
      eventsUnanswered: [...events].filter((id) => !answered.has(id)).length,
      deductsMissing: [...answered].filter((id) => !deducted.has(id)).length,
      // A deduction without its event, or two for one call: each would be money booked wrongly.
      deductsWithoutEvent: deducts.filter((id) => !events.has(id)).length + (deducts.length - deducted.size),
      counterMinusEvents: Number(counted!.used) - events.size,
      booksOff: Number(books[0]!.off),
      logsMissing: [...answered].filter((id) => !logs.has(id)).length,
    };
  } finally {
    await query.close();
  }
}

type Query = (<T>(text: string) => Promise<T[]>) & {
  close: () => Promise<void>;
};

/** The bench's own connection, after the server is gone (PGlite: the directory is free again). */
async function openDatabase(url: string): Promise<Query> {
  if (url.startsWith("pglite:")) {
    const lite = new PGlite(url.slice("pglite:".length));
    return Object.assign(async <T>(text: string) => (await lite.query<T>(text)).rows, { close: () => lite.close() });
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return Object.assign(async <T>(text: string) => (await client.query(text)).rows as T[], { close: () => client.end() });
}
