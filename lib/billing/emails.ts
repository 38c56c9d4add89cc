import { z } from "zod";
import PaymentFailed, { paymentFailedStrings, paymentFailedSubject } from "@/emails/payment-failed";
import TrialEnding, { trialEndingStrings, trialEndingSubject } from "@/emails/trial-ending";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

/** A moment, formatted in the recipient's language by the template. */
const when = z.iso.datetime();

export const paymentFailedEmail = defineEmail({
  id: "payment-failed",
  schema: z.object({ tenantName: emailName, stage: z.enum(["day0", "day3", "final"]), graceUntil: when, url: emailUrl }),
  component: PaymentFailed,
  subject: paymentFailedSubject,
  ...paymentFailedStrings,
  example: { tenantName: "Keel Labs", stage: "day3", graceUntil: "2026-03-08T00:00:00.000Z", url: "https://keel.example/dashboard/billing" },
});

export const trialEndingEmail = defineEmail({
  id: "trial-ending",
  schema: z.object({ tenantName: emailName, planName: emailName, trialEndsAt: when, url: emailUrl }),
  component: TrialEnding,
  subject: trialEndingSubject,
  ...trialEndingStrings,
  example: { tenantName: "Keel Labs", planName: "Pro", trialEndsAt: "2026-03-08T00:00:00.000Z", url: "https://keel.example/dashboard/billing" },
});
