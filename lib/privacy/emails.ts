import { z } from "zod";
import { defineEmail } from "@/lib/email/define";
import { emailUrl } from "@/lib/email/props";
import PrivacyDeletionScheduled, { privacyDeletionScheduledStrings, privacyDeletionScheduledSubject } from "@/emails/privacy-deletion-scheduled";
import PrivacyExportReady, { privacyExportReadyStrings, privacyExportReadySubject } from "@/emails/privacy-export-ready";

export const exportReadyEmail = defineEmail({
  id: "privacy-export-ready",
  schema: z.object({ url: emailUrl, days: z.number().int().min(1) }),
  component: PrivacyExportReady,
  subject: privacyExportReadySubject,
  ...privacyExportReadyStrings,
  example: { url: "https://keel.example/storage/privacy/exports/prq_1.zip?expires=1&signature=abc", days: 7 },
});

export const deletionScheduledEmail = defineEmail({
  id: "privacy-deletion-scheduled",
  schema: z.object({ cancelUrl: emailUrl, date: z.iso.datetime() }),
  component: PrivacyDeletionScheduled,
  subject: privacyDeletionScheduledSubject,
  ...privacyDeletionScheduledStrings,
  example: { cancelUrl: "https://keel.example/cancel-deletion?token=abc", date: "2026-12-29T10:00:00.000Z" },
});
