import { resourceCatalog } from "@trigger.dev/core/v3";
import { StandardResourceCatalog } from "@trigger.dev/core/v3/workers";
import { describe, expect, it } from "vitest";
import { modules } from "@/lib/app";
import type { ModuleManifest } from "@/lib/manifest/define";

// Index the file as the Trigger.dev CLI does: a real resource catalog, the file as its context.
resourceCatalog.setGlobalResourceCatalog(new StandardResourceCatalog());
resourceCatalog.setCurrentFileContext("trigger/schedules.ts", "trigger/schedules.ts");
const { scheduleTaskId, scheduledTasks } = await import("./schedules");
resourceCatalog.clearCurrentFileContext();

describe("trigger/schedules.ts", () => {
  it("gives every cron job a module declares a Trigger.dev schedule with the same pattern, in UTC, and nothing else", () => {
    const cronJobs = (modules as readonly ModuleManifest[])
      .flatMap((m) => [...(m.jobs ?? []), ...Object.values(m.subscriptions ?? {}).flat()])
      .filter((job) => job.cron);
    // No floor on the count: with the optional modules removed, core may declare none.

    const indexed = resourceCatalog.listTaskManifests().filter((task) => task.triggerSource === "schedule");
    const expected = Object.fromEntries(cronJobs.map((job) => [scheduleTaskId(job.id), { cron: job.cron, timezone: "UTC" }]));
    expect(Object.fromEntries(indexed.map((task) => [task.id, { cron: task.schedule?.cron, timezone: task.schedule?.timezone }]))).toEqual(expected);
    expect(scheduledTasks.map((task) => task.id).sort()).toEqual(Object.keys(expected).sort());
  });
});
