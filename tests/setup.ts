import { afterAll, beforeAll, inject } from "vitest";

process.env.DATABASE_URL ??= "pglite:memory";
// In-memory PGlite starts from the migrated template tests/global-setup.ts wrote (see db/client.ts).
const template = inject("pgliteTemplate");
if (template) process.env.KEEL_TEST_PGLITE_TEMPLATE = template;
// The in-process job runner must not race the tests: they drain jobs explicitly.
process.env.JOBS_RUNNER = "off";
// Outgoing webhooks reach the tests' receivers on 127.0.0.1 over http, and retry at once. Every
// test process must agree: on a shared Postgres database any process's drainJobs() may run
// another file's delivery. Tests of the SSRF guard itself pass their policy explicitly, or flip
// the variable only around in-process calls (tests/webhooks-ssrf.int.test.ts).
process.env.WEBHOOKS_ALLOW_PRIVATE_URLS = "on";
process.env.WEBHOOKS_RETRY_SCHEDULE = "0,0,0";

beforeAll(async () => {
  const { runMigrations } = await import("@/db/migrator");
  await runMigrations();
  // On a server the files share one job queue and run one at a time: the jobs an earlier file left
  // behind (the role matrix and the fuzzer queue about a thousand: deliveries to endpoints on
  // .invalid hosts, mail, exports) run here, before this file's tests, so no test's drainJobs()
  // inherits a backlog that outlasts its 30 s, or counts another file's failed deliveries.
  if (!process.env.DATABASE_URL!.startsWith("pglite:")) {
    const { drainJobs } = await import("@/lib/app");
    await drainJobs({ timeoutMs: 50_000 });
  }
});

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
});
