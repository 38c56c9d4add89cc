import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type ApiKeyExpiringProps = { tenantName: string; keyName: string; keyStart: string; /** ISO 8601 */ expiresAt: string; url: string };

export const apiKeyExpiringStrings: EmailStrings = {
  messages: moduleEmailMessages("api-keys", (locale) => import(`@/lib/api-keys/messages/${locale}.json`).then((m) => m.default)),
  namespace: "api-keys.emails.api-key-expiring",
};

const when = { dateStyle: "long", timeStyle: "short" } as const;

export const apiKeyExpiringSubject = ({ tenantName, keyName }: ApiKeyExpiringProps, { t }: EmailContext) => t("subject", { tenant: tenantName, name: keyName });

export default function ApiKeyExpiring({ tenantName, keyName, keyStart, expiresAt, url }: ApiKeyExpiringProps, { t, format, frame }: EmailContext) {
  const ends = format.dateTime(new Date(expiresAt), when);
  return (
    <EmailLayout frame={frame} preview={t("preview", { name: keyName, expiresAt: ends })} heading={t("heading")}>
      <Paragraph>{t("body", { name: keyName, start: keyStart, tenant: tenantName, expiresAt: ends })}</Paragraph>
      <Paragraph>{t("next")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
