import { z } from "zod";
import { timestamp, type ResponseOf } from "@/lib/http/response";

/** An endpoint as lists and reads answer it: never its secret. */
export const endpointResponse = z.object({
  id: z.string().describe("whep_…"),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.string()).describe("Event types it receives; empty means every type."),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().describe("gone (410), failing (5 days of failures) or manual"),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** `POST` answers the signing secret too. */
export const createdEndpointResponse = endpointResponse.extend({ secret: z.string().describe("whsec_…: verify signatures with it.") });

export const secretResponse = z.object({
  secret: z.string(),
  previousSecretExpiresAt: timestamp.nullable().describe("Until then the previous secret also signs every message."),
});

export const deliveryResponse = z.object({
  id: z.string().describe("whdl_…"),
  messageId: z.string().describe("The `webhook-id` header: the same on every attempt and replay."),
  eventType: z.string(),
  status: z.enum(["pending", "sending", "succeeded", "failed"]),
  attempt: z.number().int().describe("Attempts made so far."),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: timestamp.nullable(),
  createdAt: timestamp,
});

export const deliveryDetailResponse = deliveryResponse.extend({
  payload: z.record(z.string(), z.unknown()).describe("The exact JSON body sent."),
  attempts: z.array(
    z.object({
      attempt: z.number().int(),
      url: z.string(),
      responseStatus: z.number().int().nullable(),
      responseBody: z.string().nullable().describe("The first 1 KB."),
      error: z.string().nullable(),
      durationMs: z.number().int(),
      nextAttemptAt: timestamp.nullable(),
      createdAt: timestamp,
    }),
  ),
});

export const queuedMessageResponse = z.object({ deliveryId: z.string(), messageId: z.string() });

export const eventTypesResponse = z.object({
  data: z.array(z.object({ type: z.string(), description: z.string(), schema: z.unknown().describe("JSON Schema of `data`."), example: z.unknown() })),
});

export type EndpointResponse = ResponseOf<typeof endpointResponse>;
export type CreatedEndpointResponse = ResponseOf<typeof createdEndpointResponse>;
export type DeliveryResponse = ResponseOf<typeof deliveryResponse>;
export type DeliveryDetailResponse = ResponseOf<typeof deliveryDetailResponse>;
