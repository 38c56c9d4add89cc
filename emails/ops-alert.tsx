import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type OpsAlertProps = { alert: "error_rate" | "job_lag"; value: number; threshold: number; url: string };

export const opsAlertStrings: EmailStrings = { messages: coreMessages, namespace: "emails.ops-alert" };

export const opsAlertSubject = ({ alert, value }: OpsAlertProps, { t }: EmailContext) => t(`${alert}.subject`, { value });

/** To every platform admin when an alert threshold is crossed, at most hourly per alert (lib/observability/alerts.ts). */
export default function OpsAlert({ alert, value, threshold, url }: OpsAlertProps, { t, frame }: EmailContext) {
  return (
    <EmailLayout frame={frame} preview={t(`${alert}.subject`, { value })} heading={t(`${alert}.heading`)}>
      <Paragraph>{t(`${alert}.body`, { value, threshold })}</Paragraph>
      <Paragraph>{t("quiet")}</Paragraph>
      <ActionButton frame={frame} href={url} label={t(`${alert}.action`)} />
    </EmailLayout>
  );
}
