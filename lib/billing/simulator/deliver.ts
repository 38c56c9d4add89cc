import { z } from "zod";
import { appUrl } from "@/lib/auth/config";
import { enqueue, defineJob } from "@/lib/jobs";
import { db } from "@/db/client";
import { logger } from "@/lib/observability";
import { receiveSignedWebhook } from "../webhook-receive";
import { serialize, simulatorId, type SimulatedEvent } from "./payloads";
import { signSimulatorWebhook, verifySimulatorWebhook } from "./signing";

/**
 * Posts a signed webhook as if to /billing/webhooks/simulator — through the same verification and
 * inbox the HTTP route uses (signature check, dedupe, ordering), called in-process so it works with
 * no server listening (tests, scripts) and updates the tenant before the simulator's answer.
 */
async function post(messageId: string, body: string): Promise<void> {
  const headers = { "content-type": "application/json", ...signSimulatorWebhook(messageId, body) };
  await receiveSignedWebhook({ name: "simulator", verifyWebhook: verifySimulatorWebhook }, new Request(`${appUrl}/billing/webhooks/simulator`, { method: "POST", headers, body }));
}

/** Redelivers a webhook that failed, with backoff, as a real provider would. */
export const redeliverSimulatorWebhookJob = defineJob({
  id: "billing.simulator-webhook",
  schema: z.object({ messageId: z.string(), body: z.string() }),
  run: ({ messageId, body }) => post(messageId, body),
});

/** Delivers events in order; one that fails is queued for redelivery instead of lost. */
export async function deliverSimulatorEvents(events: SimulatedEvent[]): Promise<void> {
  for (const event of events) {
    const messageId = event.messageId ?? simulatorId("msg");
    const body = serialize(event);
    try {
      await post(messageId, body);
    } catch (error) {
      logger.warn("billing simulator: delivery failed, queued for redelivery", { messageId, type: event.type, error: String(error) });
      await enqueue(db, redeliverSimulatorWebhookJob, { messageId, body });
    }
  }
}
