import { defineConfig } from "@trigger.dev/sdk";

// Read by the Trigger.dev CLI only (`npx trigger.dev dev|deploy`); the app never imports it.
// The worker runs in its own process, so it needs DATABASE_URL pointing at a server Postgres
// (Neon or postgres://), never PGlite.
const project = process.env.TRIGGER_PROJECT_REF;
if (!project) {
  throw new Error("Set TRIGGER_PROJECT_REF (your project's ref, proj_…, from the Trigger.dev dashboard).");
}

export default defineConfig({
  project,
  dirs: ["./trigger"],
  // Matches the in-process runner's stuck-job timeout (lib/jobs/runner.ts): a run still going
  // after 5 minutes would be reclaimed and handed over again.
  maxDuration: 300,
  // Retries are the jobs table's (see trigger/to-trigger-task.ts).
  retries: { enabledInDev: false, default: { maxAttempts: 1 } },
});
