import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

/** day0: the failure itself; day3: a reminder; final: the day before paid features stop. */
export type PaymentFailedProps = { tenantName: string; stage: "day0" | "day3" | "final"; /** ISO 8601 */ graceUntil: string; url: string };

export const paymentFailedStrings: EmailStrings = {
  messages: moduleEmailMessages("billing", (locale) => import(`@/lib/billing/messages/${locale}.json`).then((m) => m.default)),
  namespace: "billing.emails.payment-failed",
};

export const paymentFailedSubject = ({ tenantName, stage }: PaymentFailedProps, { t }: EmailContext) =>
  t("subject", { heading: t(`headings.${stage}`), tenant: tenantName });

export default function PaymentFailed({ tenantName, stage, graceUntil, url }: PaymentFailedProps, { t, format, frame }: EmailContext) {
  const until = format.dateTime(new Date(graceUntil), { month: "long", day: "numeric" });
  return (
    <EmailLayout frame={frame} preview={t("preview", { tenant: tenantName, graceUntil: until })} heading={t(`headings.${stage}`)}>
      <Paragraph>{t("body", { tenant: tenantName, graceUntil: until })}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
