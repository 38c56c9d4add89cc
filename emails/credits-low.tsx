import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type CreditsLowProps = { tenantName: string; balance: number; url: string };

export const creditsLowStrings: EmailStrings = {
  messages: moduleEmailMessages("credits", (locale) => import(`@/lib/credits/messages/${locale}.json`).then((m) => m.default)),
  namespace: "credits.emails.credits-low",
};

export const creditsLowSubject = ({ tenantName }: CreditsLowProps, { t }: EmailContext) => t("subject", { tenant: tenantName });

export default function CreditsLow({ tenantName, balance, url }: CreditsLowProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview", { balance })} heading={t("heading")}>
      <Paragraph>{t("body", { tenant: tenantName, balance })}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
