import { Resend, type CreateEmailResponse } from "resend";
import { EmailRefusedError, type EmailSender } from "./types";

const clients = new Map<string, Resend>();

type ResendError = NonNullable<CreateEmailResponse["error"]>;

/**
 * Whether a later attempt can succeed: no answer at all (`statusCode` null), a rate limit or
 * quota (429), Resend's own failure (5xx), or the same idempotency key still in flight. Every
 * other refusal (400/422 validation, 401/403 key or domain, 409 key reused for another message)
 * repeats identically, so it is not retried.
 */
function transient(error: ResendError): boolean {
  if (error.statusCode === null) return true;
  return error.statusCode === 429 || error.statusCode >= 500 || error.name === "concurrent_idempotent_requests";
}

/**
 * Sends through Resend. Resend answers errors as values; they are thrown: plainly when a retry
 * may help, as EmailRefusedError when it cannot. The SDK reads `RESEND_BASE_URL` for its API
 * address (default https://api.resend.com).
 */
export function resendSender(apiKey: string): EmailSender {
  let client = clients.get(apiKey);
  if (!client) {
    client = new Resend(apiKey);
    clients.set(apiKey, client);
  }
  const resend = client;
  return {
    async send(message) {
      const { data, error } = await resend.emails.send(
        {
          from: message.from,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          ...(message.headers ? { headers: message.headers } : {}),
          tags: Object.entries(message.tags ?? {}).map(([name, value]) => ({ name, value })),
        },
        message.idempotencyKey ? { idempotencyKey: message.idempotencyKey } : undefined,
      );
      if (error) {
        const text = error.statusCode === null ? `Resend did not answer: ${error.message}` : `Resend refused the message (${error.statusCode} ${error.name}): ${error.message}`;
        throw transient(error) ? new Error(text) : new EmailRefusedError(text);
      }
      if (!data) throw new Error("Resend answered without an email id");
      return { id: data.id };
    },
  };
}
