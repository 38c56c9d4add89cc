import { z } from "zod";
import { defineJob } from "@/lib/jobs";
import { storageAdapter } from "./providers";
import { expiredKeys } from "./rows";

const batchSize = 200;

/**
 * Deletes every object whose `expiresAt` is at or before `now`, through the current provider
 * (bytes and row), in batches. Returns how many it deleted. Safe to run twice at once: deletes
 * of a missing object succeed.
 */
export async function sweepExpiredObjects(now = new Date()): Promise<number> {
  const adapter = await storageAdapter();
  let deleted = 0;
  for (;;) {
    const keys = await expiredKeys(now, batchSize);
    for (const key of keys) await adapter.delete(key);
    deleted += keys.length;
    if (keys.length < batchSize) return deleted;
  }
}

/** Hourly, so an export is gone within the hour its link expires. */
export const sweepJob = defineJob({ id: "storage.sweep", schema: z.object({}), cron: "17 * * * *", run: async () => void (await sweepExpiredObjects()) });
