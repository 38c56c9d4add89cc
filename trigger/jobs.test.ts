import { describe, expect, it } from "vitest";
import { modules } from "@/lib/app";
import { tasks } from "./jobs";

describe("trigger/jobs.ts", () => {
  it("registers a Trigger.dev task for every job and subscriber a module declares, and no other", () => {
    const jobIds = modules.flatMap((m) => [...("jobs" in m ? m.jobs : []), ...Object.values("subscriptions" in m ? m.subscriptions : {}).flat()].map((job) => job.id));
    expect(new Set(tasks.map((task) => task.id))).toEqual(new Set(jobIds));
    expect(tasks).toHaveLength(new Set(jobIds).size);
  });
});
