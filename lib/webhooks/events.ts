import { z } from "zod";
import { defineEvent } from "@/lib/jobs";
import { testEventType } from "./deliveries";

/** What the webhooks module publishes itself: the test send, so receivers can recognise it. */
export const webhookEvents = {
  [testEventType]: defineEvent({
    description: "Sent by \"Send test event\" to one endpoint, to check it is reachable and verifies signatures.",
    schema: z.object({ tenantId: z.string(), endpointId: z.string(), message: z.string() }),
    example: { tenantId: "org_01JD3Z8Q6Y1V4T8W2K5M7N9P0R", endpointId: "whep_01JD3ZF1G2H3J4K5M6N7P8Q9R0", message: "A test event from Keel: your endpoint is reachable." },
  }),
};
