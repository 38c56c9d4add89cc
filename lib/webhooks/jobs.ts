import { lt } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { webhookMessages } from "@/db/schema/webhooks";
import { defineJob } from "@/lib/jobs";
import { attemptDelivery } from "./deliver";
import { anyEndpointFor, fanOutEvent } from "./messages";

/** One attempt of one delivery; it schedules the next itself, on the webhook retry schedule. */
export const deliverWebhookJob = defineJob({
  id: "webhooks.deliver",
  schema: z.object({ deliveryId: z.string(), attempt: z.number().int().positive() }),
  // The job's own retries cover a crash mid-attempt or a busy claim, not a failing receiver.
  retry: { maxAttempts: 5, baseDelayMs: 30_000 },
  run: async ({ deliveryId, attempt }) => {
    await attemptDelivery(deliverWebhookJob, deliveryId, attempt);
  },
});

/** Subscribed to every published event type: a message and a delivery per listening endpoint. */
export const fanOutWebhookJob = defineJob({
  id: "webhooks.fan-out",
  schema: z.object({ eventId: z.string() }),
  // Only for events some endpoint takes: most tenants have none.
  wants: (tx, event) => anyEndpointFor(tx, event),
  run: async ({ eventId }) => {
    await fanOutEvent(eventId, deliverWebhookJob);
  },
});

/** How long messages, deliveries and attempt logs are kept. */
export const webhookRetentionDays = 30;

/** Daily: forgets messages older than the retention (their deliveries and attempts go with them). */
export const pruneWebhookMessagesJob = defineJob({
  id: "webhooks.prune",
  schema: z.object({}),
  cron: "45 3 * * *",
  run: async () => {
    await db.delete(webhookMessages).where(lt(webhookMessages.createdAt, new Date(Date.now() - webhookRetentionDays * 86_400_000)));
  },
});
