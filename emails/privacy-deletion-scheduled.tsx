import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type PrivacyDeletionScheduledProps = { cancelUrl: string; date: string };

export const privacyDeletionScheduledStrings: EmailStrings = {
  messages: moduleEmailMessages("privacy", (locale) => import(`@/lib/privacy/messages/${locale}.json`).then((m) => m.default)),
  namespace: "privacy.emails.deletionScheduled",
};

export const privacyDeletionScheduledSubject = (_props: PrivacyDeletionScheduledProps, { t }: EmailContext) => t("subject");

export default function PrivacyDeletionScheduled({ cancelUrl, date }: PrivacyDeletionScheduledProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("body", { date: date.slice(0, 10) })}</Paragraph>
      <Paragraph>{t("cancelHint")}</Paragraph>
      <ActionButton frame={frame} href={cancelUrl} label={t("action")} />
    </EmailLayout>
  );
}
