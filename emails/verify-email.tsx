import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type VerifyEmailProps = { name: string; url: string };

export const verifyEmailStrings: EmailStrings = { messages: coreMessages, namespace: "emails.verify-email" };

export const verifyEmailSubject = (_props: VerifyEmailProps, { t }: EmailContext) => t("subject");

export default function VerifyEmail({ name, url }: VerifyEmailProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("greeting", { name })}</Paragraph>
      <Paragraph>{t("body")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
      <Paragraph>{t("expiry")}</Paragraph>
    </EmailLayout>
  );
}
