import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type WebhookDisabledProps = { tenantName: string; endpointUrl: string; reason: "gone" | "failing"; url: string };

export const webhookDisabledStrings: EmailStrings = {
  messages: moduleEmailMessages("webhooks", (locale) => import(`@/lib/webhooks/messages/${locale}.json`).then((m) => m.default)),
  namespace: "webhooks.emails.webhook-disabled",
};

export const webhookDisabledSubject = ({ tenantName }: WebhookDisabledProps, { t }: EmailContext) => t("subject", { tenant: tenantName });

export default function WebhookDisabled({ tenantName, endpointUrl, reason, url }: WebhookDisabledProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t("preview", { endpoint: endpointUrl })} heading={t("heading")}>
      <Paragraph>
        {t("stopped", { tenant: tenantName, endpoint: endpointUrl })} {t(`reasons.${reason}`)}
      </Paragraph>
      <Paragraph>{t("fix")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
