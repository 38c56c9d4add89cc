import { coreError, errors } from "@/lib/errors";
import { readTextBody } from "@/lib/http/body";
import { receiveEvent, type InboxResult } from "./inbox";
import { providerByName } from "./providers";
import { WebhookVerificationError } from "./providers/types";

/**
 * `POST /billing/webhooks/:provider`: verify the signature over the raw body, then hand the
 * event to the inbox. Bad signatures, wrong secrets and stale timestamps answer 401 and store
 * nothing; a provider that is not the configured one answers 404.
 */
export async function handleWebhookRequest(providerName: string, req: Request): Promise<InboxResult> {
  const provider = providerByName(providerName);
  if (!provider) throw errors.notFound(`Billing provider "${providerName}"`);
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
