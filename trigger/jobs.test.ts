import { describe, expect, it } from "vitest";
import { modules } from "@/lib/app";
import type { ModuleManifest } from "@/lib/manifest/define";
import { tasks } from "./jobs";

describe("trigger/jobs.ts", () => {
  it("registers a Trigger.dev task for every job and subscriber a module declares, and no other", () => {
    const jobIds = (modules as readonly ModuleManifest[]).flatMap((m) => [...(m.jobs ?? []), ...Object.values(m.subscriptions ?? {}).flat()].map((job) => job.id));
    expect(new Set(tasks.map((task) => task.id))).toEqual(new Set(jobIds));
    expect(tasks).toHaveLength(new Set(jobIds).size);
  });
});
