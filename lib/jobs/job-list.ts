import { modules } from "@/lib/modules";
import { onEvent, registerJobs } from "./registry";

// Registers every module's jobs and event subscriptions (lib/modules.ts). Loaded lazily by
// loadJobs(): modules import lib/jobs to define their jobs, so a static import would be a cycle.
for (const mod of modules) {
  registerJobs(...(mod.jobs ?? []));
  for (const [type, jobs] of Object.entries(mod.subscriptions ?? {})) {
    for (const job of jobs) onEvent(type, job);
  }
}
