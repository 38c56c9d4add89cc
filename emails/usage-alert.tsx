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
  /** When the quota resets, already formatted. */
  resetsAt: string;
  url: string;
};

export const usageAlertSubject = ({ tenantName, meter, threshold }: UsageAlertProps) =>
  threshold >= 100 ? `${tenantName} has used its ${meter} quota` : `${tenantName} has used ${threshold}% of its ${meter} quota`;

const consequence: Record<string, string> = {
  hard: "Further calls are refused until the quota resets or you upgrade.",
  overage: "Further usage is billed per unit at the end of the month.",
  soft: "Usage is still allowed; consider a larger plan.",
};

export default function UsageAlert({ tenantName, meter, threshold, used, limit, mode, resetsAt, url }: UsageAlertProps) {
  const reached = threshold >= 100;
  return (
    <EmailLayout preview={`${used} of ${limit} ${meter} used.`} heading={reached ? "Quota reached" : "Quota almost used"}>
      <Paragraph>
        {tenantName} has used {used} of its {limit} {meter} this month ({threshold}%). The quota resets on {resetsAt}.
      </Paragraph>
      {reached ? <Paragraph>{consequence[mode] ?? consequence.soft}</Paragraph> : null}
      <ActionButton href={url} label="View usage" />
    </EmailLayout>
  );
}

UsageAlert.PreviewProps = {
  tenantName: "Acme",
  meter: "api_requests",
  threshold: 80,
  used: 800,
  limit: 1000,
  mode: "hard",
  resetsAt: "1 December 2026",
  url: "http://localhost:3000/dashboard/usage",
} satisfies UsageAlertProps;
