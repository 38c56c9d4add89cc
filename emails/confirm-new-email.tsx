import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type ConfirmNewEmailProps = { name: string; url: string };

export const confirmNewEmailStrings: EmailStrings = { messages: coreMessages, namespace: "emails.confirm-new-email" };

export const confirmNewEmailSubject = (_props: ConfirmNewEmailProps, { t }: EmailContext) => t("subject");

export default function ConfirmNewEmail({ name, url }: ConfirmNewEmailProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("greeting", { name })}</Paragraph>
      <Paragraph>{t("body")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
      <Paragraph>{t("expiry")}</Paragraph>
    </EmailLayout>
  );
}
