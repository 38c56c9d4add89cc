import { errors } from "@/lib/errors";
import type { InboxResult } from "./inbox";
import { providerByName } from "./providers";
import { receiveSignedWebhook } from "./webhook-receive";

/**
 * `POST /billing/webhooks/:provider`: a provider that is not the configured one answers 404;
 * the configured one's webhook is verified and stored (see receiveSignedWebhook).
 */
export async function handleWebhookRequest(providerName: string, req: Request): Promise<InboxResult> {
  const provider = providerByName(providerName);
  if (!provider) throw errors.notFound(`Billing provider "${providerName}"`);
  return receiveSignedWebhook(provider, req);
}
