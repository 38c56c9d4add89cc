import { coreError } from "@/lib/errors";
import { readTextBody } from "@/lib/http/body";
import { receiveEvent, type InboxResult } from "./inbox";
import { WebhookVerificationError, type BillingProvider } from "./providers/types";

/**
 * Verifies a webhook's signature over the raw body, then hands the event to the inbox. A bad
 * signature, wrong secret or stale timestamp answers 401 (invalid_signature) and stores nothing.
 */
export async function receiveSignedWebhook(provider: Pick<BillingProvider, "name" | "verifyWebhook">, req: Request): Promise<InboxResult> {
  const raw = await readTextBody(req);
  let verified;
  try {
    verified = provider.verifyWebhook(raw, req.headers);
  } catch (error) {
    if (error instanceof WebhookVerificationError) throw coreError("invalid_signature", `Webhook signature check failed: ${error.message}`);
    throw error;
  }
  return receiveEvent(provider, verified.eventId, verified.payload);
}
