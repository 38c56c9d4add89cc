// @ts-check
/**
 * Mutation testing (`npm run test:mutation`), run by hand, not by `npm test` or CI: it takes
 * minutes per target, and needs a quiet machine (each mutant re-runs the integration tests that
 * cover it, and each such file opens and migrates a PGlite database).
 *
 * One target at a time, by name: `KEEL_MUTATE=rate-limit npm run test:mutation`. Each target names
 * the code it mutates and the tests written for that code; with no name, every target at once.
 * Reports: reports/mutation/<target>.html and <target>.json (`all` with no name).
 * The script sets DATABASE_URL=pglite:memory for the integration tests and KEEL_PROPERTY_RUNS=8
 * (property tests try 8 histories, not 25, per mutant); set REDIS_URL to a local
 * Redis to include the Redis store's tests (they skip without it, leaving its mutants uncovered).
 *
 * The cross-cutting suites (fuzz, tenant isolation, roles) touch every mutant through the routes
 * and would turn minutes into hours; they are left out, so a mutant only they would notice counts
 * as survived and each score is a lower bound.
 */
/** @type {Record<string, { mutate: string[]; tests: string[] }>} */
const targets = {
  "rate-limit": {
    mutate: ["lib/rate-limit/**/*.ts"],
    // Unit tests cover the selection, the limiter and throttle(); the Redis and Upstash stand-in
    // tests cover the stores. The route-level suites (throttles, auth-rate-limit) would add a
    // PGlite start to each of ~150 mutants for little more.
    tests: ["lib/rate-limit/**/*.test.ts", "tests/providers/upstash.int.test.ts"],
  },
  "api-keys": {
    // responses.ts only describes answers (for the OpenAPI document and the UI's types): route()
    // checks answers against it without stripping, so its mutants (emptied objects, changed
    // `.describe()` texts) change no behaviour a test could see.
    mutate: ["lib/api-keys/**/*.ts", "!lib/api-keys/responses.ts"],
    tests: ["lib/api-keys/**/*.test.ts", "tests/{api-keys,api-keys-edges,api-key-revocation,api-key-guessing}.int.test.ts"],
  },
  credits: {
    mutate: ["lib/credits/**/*.ts"],
    tests: ["lib/credits/**/*.test.ts", "tests/{credits,credits-edges,credits-ledger-model,platform-credits,billing-refunds}.int.test.ts"],
  },
  "billing-inbox": {
    mutate: ["lib/billing/inbox.ts"],
    tests: ["lib/billing/**/*.test.ts", "tests/{billing-inbox,billing-webhooks}.int.test.ts"],
  },
};

const chosen = process.env.KEEL_MUTATE ? [targets[process.env.KEEL_MUTATE]] : Object.values(targets);
const reportName = process.env.KEEL_MUTATE ?? "all";
if (chosen.includes(undefined)) throw new Error(`KEEL_MUTATE names no target; one of: ${Object.keys(targets).join(", ")}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts" },
  // Security-relevant code whose tests must notice a changed comparison or a dropped condition.
  mutate: [...chosen.flatMap((target) => target.mutate), "!**/*.test.ts"],
  testFiles: chosen.flatMap((target) => target.tests),
  // The sandbox is a copy of the project: leave out build output, local databases and reports.
  ignorePatterns: [".next", ".data", "test-results", "playwright-report", "coverage", "reports", ".trigger", "e2e", "bench"],
  coverageAnalysis: "perTest",
  // Static mutants (module-level constants, env schemas) need every test re-run in a fresh module
  // graph: three quarters of the time for a tenth of the mutants. They are reported as ignored.
  ignoreStatic: true,
  // Integration tests open and migrate a PGlite database per file: allow for that on a busy machine.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 30,
  concurrency: 2,
  reporters: ["clear-text", "html", "json", "progress"],
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};

export default config;
