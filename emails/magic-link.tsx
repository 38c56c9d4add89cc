import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type MagicLinkProps = { url: string };

export const magicLinkStrings: EmailStrings = { messages: coreMessages, namespace: "emails.magic-link" };

export const magicLinkSubject = (_props: MagicLinkProps, { t }: EmailContext) => t("subject");

export default function MagicLink({ url }: MagicLinkProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("body")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
