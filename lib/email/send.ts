import type { Executor } from "@/db/client";
import type { Locale } from "@/lib/i18n/config";
import { enqueue } from "@/lib/jobs";
import type { EmailTemplate } from "./define";
import { recipientLocale } from "./recipient-locale";
import { sendEmailJob } from "./send-job";
import { skipIfSuppressed } from "./suppression";

/** A message to send: a template and its props, typed by the template. */
export type EmailMessage<P> = {
  to: string;
  template: EmailTemplate<P>;
  props: P;
  /** Extra message headers, e.g. `List-Unsubscribe` (RFC 8058). @default none */
  headers?: Record<string, string>;
  /** The language to write in, whoever has the address. @default the recipient's (below) */
  locale?: Locale;
  /**
   * The language for an address no account has saved one for, when the caller has a better guess
   * than English (an invitation goes out in the inviter's). @default English
   */
  fallbackLocale?: Locale;
};

/**
 * Sends an email by enqueueing `email.send` in the caller's executor: pass the transaction that
 * makes the change the mail announces, and the mail goes out only if it commits. The message is
 * rendered now, so the job needs no template list and sends exactly what the change asked for,
 * in the recipient's language: `message.locale`, else the saved one of the account with that
 * address, else `message.fallbackLocale`, else English.
 * Throws on an invalid address or props. An address on the suppression list (a hard bounce or a
 * complaint) gets nothing: the skip is logged with its reason and no job is enqueued.
 */
export async function sendEmail<P>(executor: Executor, message: EmailMessage<P>): Promise<void> {
  const locale = message.locale ?? (await recipientLocale(executor, message.to, message.fallbackLocale));
  const rendered = await message.template.render(message.props, locale);
  const payload = sendEmailJob.parse({ to: message.to, template: message.template.id, ...rendered, ...(message.headers ? { headers: message.headers } : {}) });
  if (await skipIfSuppressed(payload, "enqueue", executor)) return;
  await enqueue(executor, sendEmailJob, payload);
}
