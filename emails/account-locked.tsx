import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type AccountLockedProps = { name: string; minutes: number; url: string };

export const accountLockedStrings: EmailStrings = { messages: coreMessages, namespace: "emails.account-locked" };

export const accountLockedSubject = (_props: AccountLockedProps, { t }: EmailContext) => t("subject");

export default function AccountLocked({ name, minutes, url }: AccountLockedProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("greeting", { name })}</Paragraph>
      <Paragraph>{t("body", { minutes })}</Paragraph>
      <Paragraph>{t("advice")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
