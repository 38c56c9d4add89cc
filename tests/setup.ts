import { afterAll, beforeAll } from "vitest";

process.env.DATABASE_URL ??= "pglite:memory";
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
});

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
});
