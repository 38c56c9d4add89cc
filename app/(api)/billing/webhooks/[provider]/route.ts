import { route } from "@/lib/app";
import { handleWebhookRequest } from "@/lib/billing/webhook-request";
import { webhookResponse } from "@/lib/billing/responses";

/** Signed by the provider (Standard Webhooks); duplicates answer 200 and do nothing. */
export const POST = route({ auth: "public", maxBodyBytes: 1024 * 1024, response: webhookResponse }, ({ req, params }) =>
  handleWebhookRequest(params.provider ?? "", req),
);
