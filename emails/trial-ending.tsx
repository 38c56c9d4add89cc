import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type TrialEndingProps = { tenantName: string; planName: string; trialEndsAt: string; url: string };

export const trialEndingSubject = ({ tenantName }: TrialEndingProps) => `Your trial of ${tenantName} ends in 3 days`;

export default function TrialEnding({ tenantName, planName, trialEndsAt, url }: TrialEndingProps) {
  return (
    <EmailLayout preview={`Your ${planName} trial ends on ${trialEndsAt}.`} heading="Your trial ends soon">
      <Paragraph>
        The {planName} trial for {tenantName} ends on {trialEndsAt}. Choose a plan to keep its features; otherwise the
        tenant moves to the free plan, and nothing is deleted.
      </Paragraph>
      <ActionButton href={url} label="Choose a plan" />
    </EmailLayout>
  );
}

TrialEnding.PreviewProps = { tenantName: "Acme", planName: "Pro", trialEndsAt: "March 8", url: "http://localhost:3000/dashboard/billing" } satisfies TrialEndingProps;
