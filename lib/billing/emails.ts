import { z } from "zod";
import PaymentFailed, { paymentFailedSubject } from "@/emails/payment-failed";
import TrialEnding, { trialEndingSubject } from "@/emails/trial-ending";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

const when = z.string().min(1).max(100);

export const paymentFailedEmail = defineEmail({
  id: "payment-failed",
  schema: z.object({ tenantName: emailName, stage: z.enum(["day0", "day3", "final"]), graceUntil: when, url: emailUrl }),
  component: PaymentFailed,
  subject: paymentFailedSubject,
  example: { tenantName: "Keel Labs", stage: "day3", graceUntil: "March 8", url: "https://keel.example/dashboard/billing" },
});

export const trialEndingEmail = defineEmail({
  id: "trial-ending",
  schema: z.object({ tenantName: emailName, planName: emailName, trialEndsAt: when, url: emailUrl }),
  component: TrialEnding,
  subject: trialEndingSubject,
  example: { tenantName: "Keel Labs", planName: "Pro", trialEndsAt: "March 8", url: "https://keel.example/dashboard/billing" },
});
