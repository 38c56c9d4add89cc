import { z } from "zod";
import UsageAlert, { usageAlertStrings, usageAlertSubject } from "@/emails/usage-alert";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

export const usageAlertEmail = defineEmail({
  id: "usage-alert",
  schema: z.object({
    tenantName: emailName,
    meter: z.string().min(1).max(64),
    threshold: z.number().int(),
    used: z.number().int(),
    limit: z.number().int(),
    mode: z.enum(["hard", "soft", "overage"]),
    resetsAt: z.iso.datetime(),
    url: emailUrl,
  }),
  component: UsageAlert,
  subject: usageAlertSubject,
  ...usageAlertStrings,
  example: { tenantName: "Keel Labs", meter: "api_requests", threshold: 80, used: 800, limit: 1000, mode: "hard", resetsAt: "2026-12-01T00:00:00.000Z", url: "https://keel.example/dashboard/usage" },
});
