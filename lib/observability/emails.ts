import { z } from "zod";
import { defineEmail } from "@/lib/email/define";
import OpsAlert, { opsAlertStrings, opsAlertSubject } from "@/emails/ops-alert";

/** The alert email (lib/observability/alerts.ts). */
export const opsAlertEmail = defineEmail({
  id: "ops-alert",
  schema: z.object({ alert: z.enum(["error_rate", "job_lag"]), value: z.number().nonnegative(), threshold: z.number().int().positive(), url: z.url() }),
  component: OpsAlert,
  subject: opsAlertSubject,
  ...opsAlertStrings,
  example: { alert: "error_rate", value: 37, threshold: 20, url: "https://keel.example/admin/errors" },
});
