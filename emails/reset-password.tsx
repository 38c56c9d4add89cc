import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type ResetPasswordProps = { name: string; url: string };

export const resetPasswordStrings: EmailStrings = { messages: coreMessages, namespace: "emails.reset-password" };

export const resetPasswordSubject = (_props: ResetPasswordProps, { t }: EmailContext) => t("subject");

export default function ResetPassword({ name, url }: ResetPasswordProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("greeting", { name })}</Paragraph>
      <Paragraph>{t("body")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
      <Paragraph>{t("expiry")}</Paragraph>
    </EmailLayout>
  );
}
