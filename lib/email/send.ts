import type { Executor } from "@/db/client";
import { enqueue } from "@/lib/jobs";
import type { EmailTemplate } from "./define";
import { sendEmailJob } from "./send-job";

/** A message to send: a template and its props, typed by the template. */
export type EmailMessage<P> = { to: string; template: EmailTemplate<P>; props: P };

/**
 * Sends an email by enqueueing `email.send` in the caller's executor: pass the transaction that
 * makes the change the mail announces, and the mail goes out only if it commits. The message is
 * rendered now, so the job needs no template list and sends exactly what the change asked for.
 * Throws on an invalid address or props.
 */
export async function sendEmail<P>(executor: Executor, message: EmailMessage<P>): Promise<void> {
  const rendered = await message.template.render(message.props);
  await enqueue(executor, sendEmailJob, { to: message.to, template: message.template.id, ...rendered });
}
