import { Resend } from "resend";
import type { EmailSender } from "./types";

const clients = new Map<string, Resend>();

/** Sends through Resend. Resend answers errors as values; they are thrown so the job retries. */
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
          tags: Object.entries(message.tags ?? {}).map(([name, value]) => ({ name, value })),
        },
        message.idempotencyKey ? { idempotencyKey: message.idempotencyKey } : undefined,
      );
      if (error || !data) throw new Error(`Resend refused the message: ${error?.message ?? "no response"}`);
      return { id: data.id };
    },
  };
}
