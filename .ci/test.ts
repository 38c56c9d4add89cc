/**
 * `npm test`: type-check, lint, unit, integration on in-memory PGlite, integration again on the
 * Postgres in DATABASE_URL when one is set and a third time on that server over the Neon driver
 * (through a local WebSocket proxy), a production build, the Playwright suite, and the removal
 * stage (.ci/removal.ts: every optional module removed in a scratch copy; SKIP_REMOVAL=1 skips it).
 * Prints one closing line, `Tests: N passed, N failed, N flaky, N skipped`, counting every test of
 * every runner. A flaky test (Playwright passed it only on retry) is not counted as passed, and it
 * fails the run. In CI (`CI` set) nothing may be left out silently: SKIP_E2E is refused, and so is
 * a DATABASE_URL that names no Postgres server (PGlite runs one transaction at a time, so the
 * concurrency tests only race on the Postgres and Neon passes).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import pg from "pg";

type Counts = { passed: number; failed: number };
const totals: Counts & { flaky: number; skipped: number } = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
const timings: string[] = [];
const reports = ".data/test-reports";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Runs a step; a failing step ends the run, after `count` has added its tests to the totals. */
function run(label: string, command: string, args: string[], env: Record<string, string | undefined> = {}, count?: () => void) {
  const started = performance.now();
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  timings.push(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    count?.();
  } catch {
    // No report (the runner died before writing one): the exit status below still decides.
  }
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed`);
    if (totals.failed === 0) totals.failed = 1;
    finish(1);
  }
}

/**
 * Runs single-threaded steps side by side (CI has two cores; tsc and ESLint use one each), each
 * one's output held and printed whole when it ends so the logs never interleave; then fails the
 * run if any failed.
 */
async function runTogether(steps: { label: string; command: string; args: string[] }[]) {
  const results = await Promise.all(
    steps.map(({ label, command, args }) => {
      const started = performance.now();
      return new Promise<{ label: string; ok: boolean }>((resolve) => {
        const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
        const output: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
        child.on("close", (status) => {
          timings.push(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s (alongside ${steps.length - 1} other)`);
          process.stdout.write(`\n▶ ${label}\n${Buffer.concat(output).toString()}`);
          resolve({ label, ok: status === 0 });
        });
      });
    }),
  );
  const failed = results.filter((r) => !r.ok);
  if (failed.length > 0) {
    for (const { label } of failed) console.error(`\n✖ ${label} failed`);
    totals.failed = Math.max(totals.failed, 1);
    finish(1);
  }
}

function vitest(label: string, project: string, env: Record<string, string | undefined>, args: string[] = []) {
  const file = `${reports}/${project}-${timings.length}.json`;
  run(label, "npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`, ...args], env, () => {
    const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    // Vitest has no retries configured, so it has no flaky tests: an unstable test fails.
    totals.skipped += report.numPendingTests + report.numTodoTests;
  });
}

/**
 * What the Neon pass runs: the files whose subject is the driver's transactions — the driver and
 * its proxy, the webhook inbox, the credits ledger, the job runner, metering, withTenant on every
 * route, and the concurrency tests among them. Not the whole suite: every query costs about 3 ms
 * through the Neon driver and the proxy (1 ms on node-postgres) and a transaction about 9 ms, so the
 * whole suite took 11.7 min on a busy 2-core machine (the 1,000-run billing model alone 190 s; the
 * role matrix outran its 60 s timeout), against 110 s for this list (and 380 s for the Postgres
 * pass), in a CI run of 30-35 min with a 45 min budget. Vitest file filters, a path prefix each; a
 * file that is gone (its module removed) drops out.
 */
const neonPassFiles = [
  "db/client.int.test.ts",
  "db/neon.int.test.ts",
  "tests/providers/",
  "tests/billing-inbox.int.test.ts",
  "tests/billing-webhooks.int.test.ts",
  "tests/credits.int.test.ts",
  "tests/platform-credits.int.test.ts",
  "lib/jobs/",
  "tests/usage.int.test.ts",
  "tests/tenant-isolation.int.test.ts",
  "tests/request-path.int.test.ts",
];

/**
 * The Neon pass's DATABASE_URL: the same server under a `*.neon.tech` name, so db/client.ts picks
 * Neon's driver, which reaches it through the WebSocket proxy tests/global-setup.ts starts on
 * NEON_WS_PROXY (it maps `*.neon.tech` to 127.0.0.1, same port). A database of its own,
 * `<db>_neon`, created by that setup: the Neon driver then applies every migration itself instead
 * of finding the Postgres pass's work done, and the two passes' rows never meet.
 */
function neonUrl(server: string): string {
  const url = new URL(server);
  url.hostname = "keel-ci.neon.tech";
  url.port ||= "5432";
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1)) || "postgres"}_neon`;
  return url.toString();
}

/**
 * The server passes' own database, `<db>_ci`, dropped and created again at the start of every run.
 * CI runs against the services as the last session left them: a stop's run once found the `test`
 * database holding a migration a later commit had removed (17 applied, 16 in the journal) and the
 * job rows of earlier runs queued ahead of its own webhooks, and failed on both. A fixed name, so
 * runs leave one database behind, not one each; a run against another DATABASE_URL gets its own.
 */
async function freshDatabase(server: string): Promise<string> {
  const url = new URL(server);
  const name = `${decodeURIComponent(url.pathname.slice(1)) || "postgres"}_ci`;
  const maintenance = new URL(server);
  maintenance.pathname = "/postgres";
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    for (const database of [name, `${name}_neon`]) {
      await client.query(`drop database if exists "${database.replaceAll('"', '""')}" with (force)`);
    }
    await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** A port nobody listens on now, for the proxy (another run may share this machine). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function finish(code: number): never {
  console.log(`\n${timings.join("\n")}`);
  console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.flaky} flaky, ${totals.skipped} skipped`);
  process.exit(code);
}

/** Ends the run before any step: CI must not report as passed what it never ran. */
function refuse(message: string): never {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

const serverUrl = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;
if (process.env.CI) {
  if (process.env.SKIP_E2E) refuse("SKIP_E2E is set, but CI must run the production build and the Playwright suite: unset SKIP_E2E.");
  if (process.env.KEEL_REMOVAL_ONLY || process.env.SKIP_REMOVAL) refuse("KEEL_REMOVAL_ONLY or SKIP_REMOVAL is set, but CI must check the removal of every optional module: unset it.");
  if (!serverUrl) {
    const named = process.env.DATABASE_URL ? `DATABASE_URL names no Postgres server (${process.env.DATABASE_URL.split(":")[0]}:…)` : "DATABASE_URL is not set";
    refuse(`${named}, but CI must run the integration tests on Postgres too: PGlite runs one transaction at a time, so concurrency tests race only there. Set DATABASE_URL=postgres://… (.ci/run defaults to postgres://postgres@127.0.0.1:5432/test).`);
  }
}

// `npm run typecheck` in two parts: the docs' generated sources first, so lint (eslint, then the
// module boundaries in lib/app/cli/check-dependencies.ts) never reads them half-written.
run("docs sources (fumadocs-mdx)", "npx", ["fumadocs-mdx"]);
await runTogether([
  { label: "type-check", command: "npx", args: ["tsc", "--noEmit"] },
  { label: "lint", command: "npm", args: ["run", "lint"] },
]);
// Vitest's default of one worker on two cores: two were slower here (121 s against 81 s), the
// unit files being mostly imports.
vitest("unit", "unit", {});
// PGlite on two workers, where Vitest's default on a two-core machine is one (cores − 1): each
// has its own in-memory database (922 s → 370 s). Not the server passes: there the workers share
// one job queue, and one file's drainJobs() delivers another's emails and webhooks into its own
// process, so a test that expects its mail finds none (three such failures in one run of four).
vitest("integration (PGlite)", "integration", { DATABASE_URL: "pglite:memory" }, ["--maxWorkers=2"]);
if (serverUrl) {
  const runUrl = await freshDatabase(serverUrl);
  vitest("integration (Postgres)", "integration", { DATABASE_URL: runUrl });
  vitest("integration (Neon driver)", "integration", { DATABASE_URL: neonUrl(runUrl), NEON_WS_PROXY: `127.0.0.1:${await freePort()}/v1` }, neonPassFiles.filter((path) => existsSync(path)));
} else console.log("\n(skipping the Postgres and Neon passes: DATABASE_URL names no server)");
if (!process.env.REDIS_URL) console.log("(Redis-backed tests skipped: REDIS_URL is not set)");

if (!process.env.SKIP_E2E) {
  run("next build", "npx", ["next", "build"], { DATABASE_URL: undefined });
  const hasSystemBrowser = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((p) => existsSync(p));
  if (!hasSystemBrowser) run("playwright browser", "npx", ["playwright", "install", "chromium"]);
  const file = `${reports}/e2e.json`;
  run("e2e (Playwright, Chromium)", "npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file }, () => {
    const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    totals.passed += report.stats.expected;
    totals.failed += report.stats.unexpected;
    // Flaky: failed, then passed on retry (CI retries once). Counted apart, and it fails the run.
    totals.flaky += report.stats.flaky;
    totals.skipped += report.stats.skipped;
  });
}

if (!process.env.SKIP_REMOVAL) {
  run("removal (every optional module, alone and all at once)", "npx", ["tsx", ".ci/removal.ts"], {}, () => {
    const report = JSON.parse(readFileSync(`${reports}/removal.json`, "utf8")) as Counts;
    totals.passed += report.passed;
    totals.failed += report.failed;
  });
}

if (totals.flaky > 0) console.error(`\n✖ ${totals.flaky} flaky test(s): they passed only on retry (see the Playwright report above). Flakiness fails the run.`);
finish(totals.failed > 0 || totals.flaky > 0 ? 1 : 0);
