import * as tables from "@/db/schema/jobs";
import { defineModule } from "@/lib/manifest/define";
import { jobRunnerStatus } from "./runner";
import { keys } from "./keys";

export default defineModule({
  id: "jobs",
  core: true,
  summary: "Jobs and events: the transactional outbox, the in-process runner, Trigger.dev.",
  env: keys,
  tables,
  owns: { files: ["trigger"] },
  docs: "modules/jobs.mdx",
  providers: [{ kind: "jobs", current: () => ({ name: jobRunnerStatus().engine, local: jobRunnerStatus().engine === "in-process" }) }],
});
