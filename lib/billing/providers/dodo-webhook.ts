import { WebhookVerificationError } from "./types";

const names = ["webhook-id", "webhook-timestamp", "webhook-signature"] as const;

export type SignatureHeaders = Record<(typeof names)[number], string>;

/**
 * The three Standard Webhooks headers as the plain object the SDK wants. A missing one is refused
 * here rather than passed on: an absent header object would make `unwrap` skip verification.
 */
export function signatureHeaders(headers: Headers): SignatureHeaders {
  const [id, timestamp, signature] = names.map((name) => headers.get(name));
  if (!id || !timestamp || !signature) {
    const missing = names.filter((name) => !headers.get(name)).join(", ");
    throw new WebhookVerificationError(`missing webhook header(s): ${missing}`);
  }
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature };
}
