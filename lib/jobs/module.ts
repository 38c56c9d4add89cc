import * as tables from "@/db/schema/jobs";
import { defineModule } from "@/lib/manifest/define";
import { jobRunnerStatus } from "./runner";
import { retentionJob } from "./retention";
import { keys } from "./keys";
import { jobsPersonalData } from "./personal-data";

export default defineModule({
  id: "jobs",
  core: true,
  summary: "Jobs and events: the transactional outbox, the in-process runner, Trigger.dev.",
  env: keys,
  tables,
  jobs: [retentionJob],
  personalData: jobsPersonalData,
  retention: [
    { class: "finished_jobs", table: "jobs", column: "updated_at", days: 30, where: "status in ('completed', 'dead')", description: "Jobs that completed or gave up." },
    { class: "outbox_events", table: "events", column: "created_at", days: 30, where: "fanned_out_at is not null", description: "Events already handed to their subscribers (the replay window is 7 days)." },
  ],
  owns: { files: ["trigger"] },
  docs: "modules/jobs.mdx",
  providers: [{ kind: "jobs", current: () => ({ name: jobRunnerStatus().engine, local: jobRunnerStatus().engine === "in-process" }) }],
});
