import type { Executor } from "@/db/client";
import { enqueue } from "@/lib/jobs";
import { sendEmailJob } from "./send-job";
import type { EmailTemplate, PropsOf } from "./templates";

/** A message to send: a template and its props, typed per template. */
export type EmailMessage<T extends EmailTemplate> = { to: string; template: T; props: PropsOf<T> };

/**
 * Sends an email by enqueueing `email.send` in the caller's executor: pass the transaction that
 * makes the change the mail announces, and the mail goes out only if it commits. Throws on an
 * invalid address or props.
 */
export async function sendEmail<T extends EmailTemplate>(executor: Executor, message: EmailMessage<T>): Promise<void> {
  await enqueue(executor, sendEmailJob, sendEmailJob.parse(message));
}
