import { z } from "zod";
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

