import { moduleEmailMessages, type EmailContext, type EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type UsageAlertProps = {
  tenantName: string;
  meter: string;
  /** Percent of the monthly limit reached: 80 or 100. */
  threshold: number;
  used: number;
  limit: number;
  /** hard | soft | overage */
  mode: string;
  /** When the quota resets, ISO 8601. */
  resetsAt: string;
  url: string;
};

export const usageAlertStrings: EmailStrings = {
  messages: moduleEmailMessages("usage", (locale) => import(`@/lib/usage/messages/${locale}.json`).then((m) => m.default)),
  namespace: "usage.emails.usage-alert",
};

export const usageAlertSubject = ({ tenantName, meter, threshold }: UsageAlertProps, { t }: EmailContext) =>
  t(threshold >= 100 ? "subjectReached" : "subjectWarning", { tenant: tenantName, meter, threshold });

const modes = ["hard", "soft", "overage"];

export default function UsageAlert({ tenantName, meter, threshold, used, limit, mode, resetsAt, url }: UsageAlertProps, { t, format, frame }: EmailContext) {
  const reached = threshold >= 100;
  const resets = format.dateTime(new Date(resetsAt), { day: "numeric", month: "long", year: "numeric" });
  return (
    <EmailLayout frame={frame} preview={t("preview", { used, limit, meter })} heading={t(reached ? "headingReached" : "headingWarning")}>
      <Paragraph>{t("body", { tenant: tenantName, used, limit, meter, threshold, resetsAt: resets })}</Paragraph>
      {reached ? <Paragraph>{t(`consequence.${modes.includes(mode) ? mode : "soft"}`)}</Paragraph> : null}
      <ActionButton frame={frame} href={url} label={t("action")} />
    </EmailLayout>
  );
}
