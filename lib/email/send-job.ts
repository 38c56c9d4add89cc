import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define";
import { PermanentJobError } from "@/lib/jobs/permanent-error";
import { EmailRefusedError, emailSender } from "./providers";
import { skipIfSuppressed } from "./suppression";

/** The `email.send` payload: a rendered message. */
export const emailMessageSchema = z.object({
  to: z.email(),
  template: z.string().min(1).max(64),
  subject: z.string().min(1).max(998),
  html: z.string().min(1),
  text: z.string(),
  /**
   * Extra headers (`List-Unsubscribe`…). Names are plain tokens and values one line: a CR or LF
   * would let a value inject headers of its own.
   */
  headers: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/), z.string().max(2000).regex(/^[^\r\n]*$/))
    .optional(),
});

/**
 * Hands a rendered message to the provider. Sending is a job so a provider outage retries with
 * backoff instead of failing the request that asked for the mail; a message the provider refuses
 * outright (EmailRefusedError) goes to the dead letter on its first attempt.
 */
export const sendEmailJob = defineJob({
  id: "email.send",
  schema: emailMessageSchema,
  run: async (message, { jobId }) => {
    if (await skipIfSuppressed(message, "send")) return;
    try {
      await emailSender().send({
        to: message.to,
        from: env.EMAIL_FROM,
        subject: message.subject,
        html: message.html,
        text: message.text,
        headers: message.headers,
        template: message.template,
        tags: { template: message.template },
        // A retry after the provider accepted the message (then we crashed) must not send it twice.
        idempotencyKey: jobId,
      });
    } catch (error) {
      if (error instanceof EmailRefusedError) throw new PermanentJobError(error.message, { cause: error });
      throw error;
    }
  },
});
