import { Webhook, WebhookVerificationError as StandardWebhookError } from "standardwebhooks";
import { WebhookVerificationError, type VerifiedWebhook } from "../providers/types";
import { billingEnv } from "@/lib/billing/env";

/** Signs a body the way Dodo does (Standard Webhooks), returning the three headers. */
export function signSimulatorWebhook(messageId: string, body: string, at = new Date()): Record<string, string> {
  const signature = new Webhook(billingEnv.BILLING_SIMULATOR_WEBHOOK_SECRET).sign(messageId, at, body);
  return { "webhook-id": messageId, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature };
}

/** Verifies like Dodo's `unwrap`: signature over id, timestamp and body; 5-minute tolerance. */
export function verifySimulatorWebhook(rawBody: string, headers: Headers): VerifiedWebhook {
  const needed = ["webhook-id", "webhook-timestamp", "webhook-signature"] as const;
  const values = Object.fromEntries(needed.map((name) => [name, headers.get(name)]));
  const missing = needed.filter((name) => !values[name]);
  if (missing.length) throw new WebhookVerificationError(`missing ${missing.join(", ")}`);
  try {
    const payload = new Webhook(billingEnv.BILLING_SIMULATOR_WEBHOOK_SECRET).verify(rawBody, values as Record<string, string>);
    return { eventId: values["webhook-id"] as string, payload };
  } catch (error) {
    if (error instanceof StandardWebhookError) throw new WebhookVerificationError(error.message);
    throw new WebhookVerificationError(error instanceof Error ? error.message : String(error));
  }
}
