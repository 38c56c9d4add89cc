/**
 * Lighthouse scores of the public site through a production server, and the JavaScript a browser
 * fetches to show `/` and `/dashboard`:
 *
 *   npm run bench:lighthouse   # LIGHTHOUSE_PORT (default 3190), LIGHTHOUSE_RUNS (default 3), CHROME_PATH (default /usr/bin/chromium)
 *
 * Builds first when there is no build, or one made for another origin, with BETTER_AUTH_URL set
 * to the bench's origin so canonical URLs point at the server being measured. Starts `next start` on a fresh
 * embedded database, runs Lighthouse 12 (its default mobile profile, simulated throttling) on each
 * URL (the median of LIGHTHOUSE_RUNS runs), prints the four category scores per URL, then the first-load JS. A bench, not a test: it
 * prints and asserts nothing. Scores vary by a point or two between runs on a busy machine.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { existsSync, readFileSync, rmSync } from "node:fs";
import lighthouse from "lighthouse";
import { firstLoadJs, kilobytes, type FirstLoadJs } from "./_lib/first-load-js";

const port = Number(process.env.LIGHTHOUSE_PORT ?? 3190);
// Chromium's debugging port: one the OS hands out. (It was `port + 1000`, 4190, which is on the
// fetch standard's list of blocked ports (ManageSieve): Node's fetch refused it as "bad port", and
// the bench waited for a port it could never read.)
const debuggingPort = await freePort();
const origin = `http://localhost:${port}`;
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const dataDir = ".data/bench-lighthouse";
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const runsPerUrl = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const serverEnv = {
  ...process.env,
  NODE_ENV: "production" as const,
  DATABASE_URL: `pglite:${dataDir}`,
  BETTER_AUTH_URL: origin,
  BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
  AUTH_EMAIL_VERIFICATION: "optional",
  // One sign-up from localhost for the /dashboard figure; honoured only on a local URL.
  AUTH_RATE_LIMIT: "off",
};

// Prerendered pages carry the origin they were built with (canonical, hreflang): a build for
// another origin would fail Lighthouse's canonical audit ("points to another hreflang location").
const builtFor = existsSync(".next/server/app/en.html") ? /<link rel="canonical" href="(https?:\/\/[^/"]+)\/?"/.exec(readFileSync(".next/server/app/en.html", "utf8"))?.[1] : undefined;
if (!existsSync(".next/BUILD_ID") || builtFor !== origin) {
  console.log(`${builtFor ? `The build is for ${builtFor}` : "No build found"}: next build with BETTER_AUTH_URL=${origin} …`);
  const built = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { env: serverEnv, stdio: "inherit" });
  if (built.status !== 0) throw new Error("next build failed.");
}

rmSync(dataDir, { recursive: true, force: true });
rmSync(`${dataDir}.lock`, { force: true });
const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env: serverEnv, stdio: "ignore", detached: true });
let chrome: ChildProcess | undefined;
try {
  await waitFor(`${origin}/internal/health`);
  // The flags Playwright's config uses too: on a machine with no outside network, chromium's
  // background fetches (component updates, sync, QUIC probes) fail many at a time and stall start-up.
  const quiet = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
  chrome = spawn(chromePath, ["--headless", "--no-sandbox", "--disable-gpu", ...quiet, `--user-data-dir=${dataDir}-chrome`, `--remote-debugging-port=${debuggingPort}`, "about:blank"], {
    stdio: "ignore",
    detached: true,
  });
  await waitFor(`http://127.0.0.1:${debuggingPort}/json/version`);

  const rows: string[][] = [];
  const notes: string[] = [];
  for (const path of await candidateUrls()) {
    const status = (await fetch(`${origin}${path}`, { redirect: "manual" })).status;
    if (status !== 200) {
      rows.push([path, `skipped: answers ${status} in this build`, "", "", ""]);
      continue;
    }
    // Lighthouse's own advice: the median of several runs, as one run swings with the machine's load.
    const runs: number[][] = [];
    for (let run = 0; run < runsPerUrl; run++) {
      const result = await lighthouse(`${origin}${path}`, { port: debuggingPort, output: "json", logLevel: "error", onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}.`);
      const { lhr } = result;
      // A failed run (e.g. NO_NAVSTART on a starved machine) scores 0: left out of the median.
      if (lhr.runtimeError) {
        notes.push(`${path}: run ${run + 1} failed, left out (${lhr.runtimeError.code})`);
        continue;
      }
      runs.push(categories.map((id) => Math.round((lhr.categories[id]?.score ?? 0) * 100)));
      // What cost points, so a score below 100 says why (each audit once per URL).
      for (const id of categories) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          const note = `${path} ${id}: ${ref.id}`;
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9 && !notes.some((n) => n.startsWith(note))) {
            notes.push(`${note} (${audit.displayValue ?? audit.explanation ?? audit.score})`);
          }
        }
      }
    }
    if (runs.length === 0) {
      rows.push([path, "every run failed", "", "", ""]);
      continue;
    }
    const medians = categories.map((_, i) => median(runs.map((r) => r[i]!)));
    const spread = runs.map((r) => r[0]).join("/");
    rows.push([path, `${medians[0]} (${spread})`, ...medians.slice(1).map(String)]);
  }
  console.log(`Lighthouse ${runsPerUrl} runs per URL (mobile profile, simulated throttling): medians, performance of each run in brackets`);
  printTable(["URL", "performance", "accessibility", "best practices", "SEO"], rows);
  if (notes.length) console.log(`\nAudits below 0.9:\n  ${notes.join("\n  ")}`);

  const home = await firstLoadJs(origin, "/");
  const dashboard = await firstLoadJs(origin, "/dashboard", { cookie: await signedInCookie() });
  console.log("\nFirst-load JS: the <script src> files each page's HTML names, fetched from the server and summed (noModule polyfills excluded)");
  printTable(["page", "scripts", "bytes", "gzip"], [jsRow("/", home), jsRow("/dashboard (signed in)", dashboard)]);
} finally {
  if (chrome?.pid) process.kill(-chrome.pid, "SIGTERM");
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

/** The landing and pricing pages in both locales, the docs, and the first blog post the sitemap lists. */
async function candidateUrls(): Promise<string[]> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const post = [...sitemap.matchAll(/<loc>[^<]*?(\/blog\/[^<]+)<\/loc>/g)][0]?.[1];
  // German pages last: visiting one sets the locale cookie, after which /docs redirects to /de/docs.
  return ["/", "/pricing", "/docs", post ?? "/blog/(no post in the sitemap)", "/de", "/de/pricing"];
}

/** Signs a new user up through Better Auth and returns the session cookie for /dashboard. */
async function signedInCookie(): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ name: "Bench Visitor", email: `bench-${Date.now()}@bench.keel.local`, password: "violet-ferry-42-anchor" }),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!response.ok || cookies.length === 0) throw new Error(`Sign-up answered ${response.status}: ${await response.text()}`);
  return cookies.join("; ");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function jsRow(page: string, js: FirstLoadJs): string[] {
  return [page, String(js.scripts), kilobytes(js.bytes), kilobytes(js.gzipBytes)];
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function waitFor(url: string) {
  for (let i = 0; i < 240; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer.`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
