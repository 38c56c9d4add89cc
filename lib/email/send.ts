import type { Executor } from "@/db/client";
import { enqueue } from "@/lib/jobs";
import type { EmailTemplate } from "./define";
import { sendEmailJob } from "./send-job";
import { skipIfSuppressed } from "./suppression";

/** A message to send: a template and its props, typed by the template. */
export type EmailMessage<P> = {
  to: string;
  template: EmailTemplate<P>;
  props: P;
  /** Extra message headers, e.g. `List-Unsubscribe` (RFC 8058). @default none */
  headers?: Record<string, string>;
};

/**
 * Sends an email by enqueueing `email.send` in the caller's executor: pass the transaction that
 * makes the change the mail announces, and the mail goes out only if it commits. The message is
 * rendered now, so the job needs no template list and sends exactly what the change asked for.
 * Throws on an invalid address or props. An address on the suppression list (a hard bounce or a
 * complaint) gets nothing: the skip is logged with its reason and no job is enqueued.
 */
export async function sendEmail<P>(executor: Executor, message: EmailMessage<P>): Promise<void> {
  const rendered = await message.template.render(message.props);
  const payload = sendEmailJob.parse({ to: message.to, template: message.template.id, ...rendered, ...(message.headers ? { headers: message.headers } : {}) });
  if (await skipIfSuppressed(payload, "enqueue", executor)) return;
  await enqueue(executor, sendEmailJob, payload);
}
