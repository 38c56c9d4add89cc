import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type EmailChangeNoticeProps = { name: string; newEmail: string; url: string };

export const emailChangeNoticeStrings: EmailStrings = { messages: coreMessages, namespace: "emails.email-change-notice" };

export const emailChangeNoticeSubject = (_props: EmailChangeNoticeProps, { t }: EmailContext) => t("subject");

export default function EmailChangeNotice({ name, newEmail, url }: EmailChangeNoticeProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("greeting", { name })}</Paragraph>
      <Paragraph>{t.rich("body", { newEmail, strong: (chunks) => <strong>{chunks}</strong> })}</Paragraph>
      <Paragraph>{t("advice")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
