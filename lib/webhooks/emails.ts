import { z } from "zod";
import WebhookDisabled, { webhookDisabledStrings, webhookDisabledSubject } from "@/emails/webhook-disabled";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

export const webhookDisabledEmail = defineEmail({
  id: "webhook-disabled",
  schema: z.object({ tenantName: emailName, endpointUrl: z.string().max(2000), reason: z.enum(["gone", "failing"]), url: emailUrl }),
  component: WebhookDisabled,
  subject: webhookDisabledSubject,
  ...webhookDisabledStrings,
  example: { tenantName: "Keel Labs", endpointUrl: "https://hooks.keel.example/events", reason: "failing", url: "https://keel.example/dashboard/webhooks" },
});
