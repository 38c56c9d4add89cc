/**
 * The removal stage of `npm test`: proves `npm run module -- remove` leaves a working tree.
 * - each optional module alone (with the dependents the command names): type-check, and for
 *   `usage` and `billing` (the contract names them) `next build` too. Not lint: a removal deletes
 *   files and edits only the module list and generated files, so what is left is files
 *   `npm run lint` passed in the whole tree; the all-at-once tree below is linted again. Linting
 *   every single-module tree took a third of this stage (14 min of CPU on a slow machine).
 * - every optional module at once: type-check, lint, unit tests, `next build`, the integration
 *   suites built from the route table (roles, tenant isolation, request path) and auth's on
 *   PGlite, the core browser flow (sign up → create a tenant) and axe on the core's
 *   pages (e2e/accessibility.spec.ts, which checks what is installed); then `next start`
 *   answers 200 on /internal/health and 404 on /billing/plans.
 * Each runs in a scratch copy of the working tree in the system temp folder, never in the tree itself.
 * The single-module trees run in two lanes at once (tsc uses one core, and CI has two): each
 * lane's trees live at one path, one after another, so tsc (`--incremental`) reuses what it
 * learnt about the files a removal leaves alone.
 * `KEEL_REMOVAL_ONLY=docs,blog` checks just those modules alone (and skips the all-at-once tree).
 * Prints its timings and `Removal: N passed, N failed` (each scratch tree's checks count as one
 * test each). Exits 1 on the first failure.
 */
import { spawn, spawnSync, type SpawnOptions, type SpawnSyncOptions } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = process.cwd();
// Outside the repository: a tree nested in another makes Next.js guess the wrong workspace root.
const scratchRoot = join(tmpdir(), "keel-removal");
/** tsc's build info and ESLint's cache, one folder per lane of single-module trees (see above). */
const cacheRoot = join(scratchRoot, ".cache");
const timings: string[] = [];
let passed = 0;

/** For .ci/test.ts's closing count. */
function report(failed: number) {
  mkdirSync(".data/test-reports", { recursive: true });
  writeFileSync(".data/test-reports/removal.json", JSON.stringify({ passed, failed }));
}

function fail(label: string, cwd: string): never {
  report(1);
  console.error(`\n✖ removal: ${label} failed (in ${cwd})`);
  console.log(timings.join("\n"));
  console.log(`\nRemoval: ${passed} passed, 1 failed`);
  process.exit(1);
}

/**
 * `sh` for the lanes, which run side by side: the output is held and printed in one piece when the
 * step ends, so two lanes' logs never interleave line by line.
 */
function shAsync(label: string, cwd: string, command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, ...options, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...options.env } });
    const output: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("close", (status) => {
      timings.push(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      process.stdout.write(`\n▶ ${label}\n${Buffer.concat(output).toString()}`);
      if (status !== 0) fail(label, cwd);
      passed++;
      resolve();
    });
  });
}

function sh(label: string, cwd: string, command: string, args: string[], options: SpawnSyncOptions = {}) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
  timings.push(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) fail(label, cwd);
  passed++;
  return result;
}

/** A copy of the tracked and new files (what a fresh clone plus this change would hold). */
function scratch(name: string, nodeModules: "link" | "copy"): string {
  const dir = join(scratchRoot, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
    .stdout.split("\0")
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(root, file), join(dir, file), { recursive: false });
    } catch {
      // A file deleted in the working tree but still in the index: the copy goes without it.
    }
  }
  // Type-check and lint only read node_modules: a link will do. `next build` resolves real paths
  // and refuses files outside the project, so the full run gets hard links (fast, no extra space).
  if (nodeModules === "link") symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  else {
    const linked = spawnSync("cp", ["-al", "node_modules", join(dir, "node_modules")], { cwd: root });
    if (linked.status !== 0) sh(`${name}: copy node_modules`, root, "cp", ["-a", "node_modules", join(dir, "node_modules")]); // another file system
  }
  return dir;
}

/** Runs the removal; when dependents block it, runs it again with the modules the command names. */
function removeModules(dir: string, ids: string[]): string[] {
  const first = spawnSync("npx", ["tsx", "lib/app/cli/module.ts", "remove", ...ids], { cwd: dir, encoding: "utf8" });
  if (first.status === 0) return ids;
  const together = /npm run module -- remove (.+)/.exec(first.stderr)?.[1]?.trim().split(/\s+/);
  if (!together) {
    console.error(first.stderr);
    fail(`remove ${ids.join(" ")}`, dir);
  }
  sh(`remove ${together.join(" ")}`, dir, "npx", ["tsx", "lib/app/cli/module.ts", "remove", ...together]);
  return together;
}

function optionalModules(): string[] {
  const listed = spawnSync("npx", ["tsx", "lib/app/cli/module.ts", "list"], { cwd: root, encoding: "utf8" });
  if (listed.status !== 0) throw new Error(listed.stderr);
  return listed.stdout
    .split("\n")
    .map((line) => line.split(" "))
    .filter(([, kind]) => kind === "optional")
    .map(([id]) => id!);
}

/** `next start` in the stripped tree: health answers 200, a removed module's route 404. */
async function checkServer(dir: string) {
  const started = performance.now();
  const port = 3198;
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    cwd: dir,
    stdio: "ignore",
    // Its own process group: `next start` forks next-server, which outlives a signal to the parent
    // alone and would hold the port for the next run.
    detached: true,
    // The production-mode contract: no email provider, so verification optional on purpose.
    env: {
      ...process.env,
      DATABASE_URL: "pglite:.data/removal-check",
      NODE_ENV: "production",
      BETTER_AUTH_SECRET: "removal-check-secret-0123456789abcdef",
      BETTER_AUTH_URL: `http://localhost:${port}`,
      NEXT_PUBLIC_APP_URL: `http://localhost:${port}`,
      AUTH_EMAIL_VERIFICATION: "optional",
      TRUSTED_PROXY_HOPS: "1",
    },
  });
  const get = (path: string) => fetch(`http://localhost:${port}${path}`).then((r) => r.status, () => 0);
  let health = 0;
  let plans = 0;
  try {
    for (let i = 0; i < 120 && health !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      health = await get("/internal/health");
    }
    plans = await get("/billing/plans");
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
  timings.push(`  all: next start checks: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (health !== 200 || plans !== 404) {
    console.error(`/internal/health answered ${health} (want 200), /billing/plans ${plans} (want 404)`);
    fail("all: next start checks", dir);
  }
  passed++;
  console.log("next start: /internal/health 200, /billing/plans 404");
}

const optional = optionalModules();
console.log(`\n▶ removal: ${optional.length} optional modules: ${optional.join(", ")}`);

/** Modules whose removal is also built: the ones the contract names. */
const built = new Set(["usage", "billing"]);

const only = process.env.KEEL_REMOVAL_ONLY?.split(",").filter(Boolean);
rmSync(cacheRoot, { recursive: true, force: true });

/** One lane: its modules one after another in one tree path, with that lane's caches. */
async function lane(name: string, ids: string[]) {
  const cacheDir = join(cacheRoot, name);
  mkdirSync(cacheDir, { recursive: true });
  for (const id of ids) {
    const dir = scratch(name, built.has(id) ? "copy" : "link");
    const removed = removeModules(dir, [id]);
    console.log(`\n▶ removal of ${removed.join(", ")} (${name})`);
    // `npm run typecheck`, with the lane's cache.
    await shAsync(`${id}: type-check`, dir, "sh", ["-c", `npx fumadocs-mdx && npx tsc --noEmit --incremental --tsBuildInfoFile ${join(cacheDir, "tsbuildinfo")}`]);
    if (built.has(id)) await shAsync(`${id}: next build`, dir, "npx", ["next", "build"], { env: { DATABASE_URL: undefined } });
    rmSync(dir, { recursive: true, force: true });
  }
}

// Two lanes, one module built (`next build`, the longest step) in each.
const single = only ?? optional;
const lanes: [string[], string[]] = [[], []];
for (const id of [...single.filter((id) => built.has(id)), ...single.filter((id) => !built.has(id))]) {
  (lanes[0].length <= lanes[1].length ? lanes[0] : lanes[1]).push(id);
}
await Promise.all([lane("one-a", lanes[0]), lane("one-b", lanes[1])]);

if (only) {
  report(0);
  console.log(`\nRemoval stage timings:\n${timings.join("\n")}\n\nRemoval: ${passed} passed, 0 failed (KEEL_REMOVAL_ONLY: the all-at-once tree was not checked)`);
  process.exit(0);
}

console.log(`\n▶ removal of every optional module`);
const dir = scratch("all", "copy");
removeModules(dir, optional);
const left = readFileSync(join(dir, "lib/modules.ts"), "utf8");
console.log(left.split("\n").filter((l) => l.startsWith("export")).join("\n"));
// The docs' generated sources first, then type-check and lint side by side (one core each).
sh("all: docs sources", dir, "npx", ["fumadocs-mdx"]);
await Promise.all([shAsync("all: type-check", dir, "npx", ["tsc", "--noEmit"]), shAsync("all: lint", dir, "npm", ["run", "--silent", "lint"])]);
sh("all: unit", dir, "npx", ["vitest", "run", "--project", "unit"]);
sh("all: next build", dir, "npx", ["next", "build"], { env: { DATABASE_URL: undefined } });
// The suites built from the route table, on what is left: every remaining route answers its role
// matrix, isolates tenants and keeps the request path's rules. Not the whole core suite: it has
// passed in the full tree, and it cost 5 min of a CI run that must fit its 90.
// Two workers: each has its own in-memory PGlite, and Vitest's default on two cores is one.
const routeTableSuites = ["tests/roles.int.test.ts", "tests/tenant-isolation.int.test.ts", "tests/request-path.int.test.ts", "tests/auth.int.test.ts"];
sh("all: integration (PGlite): roles, isolation, request path, auth", dir, "npx", ["vitest", "run", "--project", "integration", "--maxWorkers=2", ...routeTableSuites], { env: { DATABASE_URL: "pglite:memory" } });
// The core browser flow, and axe on every page the core alone serves.
sh("all: e2e sign-up → create tenant, accessibility", dir, "npx", ["playwright", "test", "e2e/sign-up.spec.ts", "e2e/accessibility.spec.ts"], { env: { E2E_PORT: "3199" } });
await checkServer(dir);
rmSync(dir, { recursive: true, force: true });

report(0);
console.log(`\nRemoval stage timings:\n${timings.join("\n")}`);
console.log(`\nRemoval: ${passed} passed, 0 failed`);
