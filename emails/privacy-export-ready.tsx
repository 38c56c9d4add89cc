import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type PrivacyExportReadyProps = { url: string; days: number };

export const privacyExportReadyStrings: EmailStrings = {
  messages: moduleEmailMessages("privacy", (locale) => import(`@/lib/privacy/messages/${locale}.json`).then((m) => m.default)),
  namespace: "privacy.emails.exportReady",
};

export const privacyExportReadySubject = (_props: PrivacyExportReadyProps, { t }: EmailContext) => t("subject");

export default function PrivacyExportReady({ url, days }: PrivacyExportReadyProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview")} heading={t("heading")}>
      <Paragraph>{t("body", { days })}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
