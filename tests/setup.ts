import { afterAll, beforeAll } from "vitest";

process.env.DATABASE_URL ??= "pglite:memory";
// The in-process job runner must not race the tests: they drain jobs explicitly.
process.env.JOBS_RUNNER = "off";

beforeAll(async () => {
  const { runMigrations } = await import("@/db/migrator");
  await runMigrations();
});

afterAll(async () => {
  const { closeDb } = await import("@/db/client");
  await closeDb();
});
