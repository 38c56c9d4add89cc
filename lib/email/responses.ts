import { z } from "zod";
import { pageOf, timestamp, type ResponseOf } from "@/lib/http/response";

export const suppressionReason = z.enum(["bounce", "complaint"]).describe("`bounce`: a hard bounce (the mailbox does not exist); `complaint`: the recipient marked a message as spam.");

/** `POST /email/webhooks/resend`: what the delivery did. Duplicates answer 200 and do nothing. */
export const resendWebhookResponse = z.object({
  status: z.enum(["applied", "duplicate", "ignored"]).describe("`ignored`: an event type (or a soft bounce) that suppresses nothing."),
  suppressed: z.array(z.string()).describe("Addresses this delivery newly suppressed."),
});

/** What `GET /me` says about the caller's own address, null when mail reaches it. */
export const suppressionNoticeResponse = z
  .object({ reason: suppressionReason, since: timestamp })
  .nullable()
  .describe("Set when mail to the account's address stopped after a hard bounce or a spam complaint: change the address to get mail again.");

/** One suppressed address, for platform admins. */
export const suppressionResponse = z.object({
  address: z.string(),
  reason: suppressionReason,
  eventId: z.string().describe("The provider's webhook message id that reported it."),
  detail: z.string().nullable(),
  occurredAt: timestamp,
  createdAt: timestamp,
});

export const suppressionsPageResponse = pageOf(suppressionResponse);

export type ResendWebhookResponse = ResponseOf<typeof resendWebhookResponse>;
export type SuppressionNoticeResponse = ResponseOf<typeof suppressionNoticeResponse>;
export type SuppressionResponse = ResponseOf<typeof suppressionResponse>;
