// @ts-check
/**
 * Mutation testing (`npm run test:mutation`), run by hand, not by `npm test` or CI: it takes
 * minutes per target. One target (the list replaces `mutate`, so keep the test files out):
 *   npm run test:mutation -- --mutate 'lib/rate-limit/**\/*.ts,!**\/*.test.ts'
 * Reports: reports/mutation/index.html and mutation.json.
 * The script sets DATABASE_URL=pglite:memory for the integration tests; set REDIS_URL to a local
 * Redis to include the Redis store's tests (they skip without it, leaving its mutants uncovered).
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.config.ts" },
  // Security-relevant code whose tests must notice a changed comparison or a dropped condition.
  mutate: [
    "lib/credits/**/*.ts",
    "lib/billing/inbox.ts",
    "lib/api-keys/**/*.ts",
    "lib/rate-limit/**/*.ts",
    "!**/*.test.ts",
  ],
  // The tests written for these modules. The cross-cutting suites (fuzz, tenant isolation, roles)
  // touch every mutant through the routes and would turn minutes into hours; a mutant only they
  // would notice counts as survived, so the score is a lower bound.
  testFiles: [
    "lib/{rate-limit,api-keys,credits,billing}/**/*.test.ts",
    "tests/{throttles,account-lockout,auth-rate-limit,auth-rate-limit-redis,api-key-guessing,api-key-revocation,api-keys}.int.test.ts",
    "tests/{credits,platform-credits,usage,usage-periods,billing-*}.int.test.ts",
  ],
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
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: null },
};

export default config;
