import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type TrialEndingProps = { tenantName: string; planName: string; /** ISO 8601 */ trialEndsAt: string; url: string };

export const trialEndingStrings: EmailStrings = {
  messages: moduleEmailMessages("billing", (locale) => import(`@/lib/billing/messages/${locale}.json`).then((m) => m.default)),
  namespace: "billing.emails.trial-ending",
};

export const trialEndingSubject = ({ tenantName }: TrialEndingProps, { t }: EmailContext) => t("subject", { tenant: tenantName });

export default function TrialEnding({ tenantName, planName, trialEndsAt, url }: TrialEndingProps, { t, format, frame }: EmailContext) {
  const ends = format.dateTime(new Date(trialEndsAt), { month: "long", day: "numeric" });
  return (
    <EmailLayout frame={frame} preview={t("preview", { plan: planName, trialEndsAt: ends })} heading={t("heading")}>
      <Paragraph>{t("body", { plan: planName, tenant: tenantName, trialEndsAt: ends })}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
