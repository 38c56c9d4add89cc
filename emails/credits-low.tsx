import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type CreditsLowProps = { tenantName: string; balance: number; url: string };

export const creditsLowSubject = ({ tenantName }: CreditsLowProps) => `${tenantName} is running low on credits`;

export default function CreditsLow({ tenantName, balance, url }: CreditsLowProps) {
  return (
    <EmailLayout preview={`${balance} credits left.`} heading="Credits running low">
      <Paragraph>
        {tenantName} has {balance} credits left. When they run out, calls that cost credits are refused until you top up.
      </Paragraph>
      <ActionButton href={url} label="Buy credits" />
    </EmailLayout>
  );
}

CreditsLow.PreviewProps = { tenantName: "Acme", balance: 42, url: "http://localhost:3000/dashboard/credits" } satisfies CreditsLowProps;
