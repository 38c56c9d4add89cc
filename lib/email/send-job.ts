import { z } from "zod";
import { env } from "@/lib/env";
import { defineJob } from "@/lib/jobs";
import { emailSender } from "./providers";
import { renderEmail } from "./render";
import { emailTemplates, templates } from "./templates";

/** The `email.send` payload: recipient, template and that template's props (checked per template). */
export const emailMessageSchema = z
  .object({
    to: z.email(),
    template: z.enum(emailTemplates),
    props: z.record(z.string(), z.unknown()),
  })
  .superRefine((message, ctx) => {
    const result = templates[message.template].schema.safeParse(message.props);
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({ code: "custom", path: ["props", ...issue.path], message: issue.message });
    }
  });

/**
 * Renders a template and hands it to the provider. Sending is a job so a provider outage retries
 * with backoff instead of failing the request that asked for the mail.
 */
export const sendEmailJob = defineJob({
  id: "email.send",
  schema: emailMessageSchema,
  run: async (message, { jobId }) => {
    const { subject, html, text } = await renderEmail(message.template, message.props);
    await emailSender().send({
      to: message.to,
      from: env.EMAIL_FROM,
      subject,
      html,
      text,
      template: message.template,
      tags: { template: message.template },
      // A retry after the provider accepted the message (then we crashed) must not send it twice.
      idempotencyKey: jobId,
    });
  },
});
