import { describe, expect, it } from "vitest";
import { modules } from "@/lib/modules";
import * as tasks from "./jobs";

describe("trigger/jobs.ts", () => {
  it("exports a Trigger.dev task for every job a module registers, and no other", () => {
    const jobIds = modules.flatMap((m) => [...(m.jobs ?? []), ...Object.values(m.subscriptions ?? {}).flat()].map((job) => job.id));
    const taskIds = Object.values(tasks).map((task) => task.id);
    expect(new Set(taskIds)).toEqual(new Set(jobIds));
  });
});
