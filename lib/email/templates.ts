import type { ReactElement } from "react";
import { z } from "zod";
import CreditsLow, { creditsLowSubject } from "@/emails/credits-low";
import Invitation, { invitationSubject } from "@/emails/invitation";
import MagicLink, { magicLinkSubject } from "@/emails/magic-link";
import PaymentFailed, { paymentFailedSubject } from "@/emails/payment-failed";
import ResetPassword, { resetPasswordSubject } from "@/emails/reset-password";
import TrialEnding, { trialEndingSubject } from "@/emails/trial-ending";
import UsageAlert, { usageAlertSubject } from "@/emails/usage-alert";
import VerifyEmail, { verifyEmailSubject } from "@/emails/verify-email";
import Welcome, { welcomeSubject } from "@/emails/welcome";

/** One template: its props schema, and how to turn (unchecked) props into a subject and a body. */
function template<S extends z.ZodType>(
  schema: S,
  component: (props: z.output<S>) => ReactElement,
  subject: (props: z.output<S>) => string,
) {
  return {
    schema,
    build(raw: unknown): { subject: string; element: ReactElement } {
      const props = schema.parse(raw);
      return { subject: subject(props), element: component(props) };
    },
  };
}

const url = z.url({ protocol: /^https?$/ });
const name = z.string().trim().min(1).max(200);

/** Every email the app sends. Adding one: a file in emails/ and a line here. */
export const templates = {
  "verify-email": template(z.object({ name, url }), VerifyEmail, verifyEmailSubject),
  "reset-password": template(z.object({ name, url }), ResetPassword, resetPasswordSubject),
  "magic-link": template(z.object({ url }), MagicLink, magicLinkSubject),
  invitation: template(
    z.object({ inviterName: name, tenantName: name, role: z.string().min(1).max(50), url }),
    Invitation,
    invitationSubject,
  ),
  welcome: template(z.object({ name, dashboardUrl: url }), Welcome, welcomeSubject),
  "payment-failed": template(
    z.object({ tenantName: name, stage: z.enum(["day0", "day3", "final"]), graceUntil: z.string().min(1).max(100), url }),
    PaymentFailed,
    paymentFailedSubject,
  ),
  "trial-ending": template(
    z.object({ tenantName: name, planName: name, trialEndsAt: z.string().min(1).max(100), url }),
    TrialEnding,
    trialEndingSubject,
  ),
  "credits-low": template(z.object({ tenantName: name, balance: z.number().int(), url }), CreditsLow, creditsLowSubject),
  "usage-alert": template(
    z.object({ tenantName: name, meter: z.string().min(1).max(64), threshold: z.number().int(), used: z.number().int(), limit: z.number().int(), mode: z.enum(["hard", "soft", "overage"]), resetsAt: z.string().min(1).max(100), url }),
    UsageAlert,
    usageAlertSubject,
  ),
};

export type EmailTemplate = keyof typeof templates;
export type PropsOf<T extends EmailTemplate> = z.input<(typeof templates)[T]["schema"]>;

export const emailTemplates = Object.keys(templates) as [EmailTemplate, ...EmailTemplate[]];
