import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type InvitationProps = { inviterName: string; tenantName: string; role: string; url: string };

export const invitationSubject = ({ inviterName, tenantName }: InvitationProps) =>
  `${inviterName} invited you to ${tenantName} on Keel`;

export default function Invitation({ inviterName, tenantName, role, url }: InvitationProps) {
  return (
    <EmailLayout preview={`Join ${tenantName} on Keel.`} heading={`Join ${tenantName}`}>
      <Paragraph>
        {inviterName} invited you to join <strong>{tenantName}</strong> on Keel as {withArticle(role)}.
      </Paragraph>
      <ActionButton href={url} label="Accept invitation" />
      <Paragraph>The invitation expires in 7 days.</Paragraph>
    </EmailLayout>
  );
}

function withArticle(role: string): string {
  return /^[aeiou]/i.test(role) ? `an ${role}` : `a ${role}`;
}

Invitation.PreviewProps = {
  inviterName: "Grace",
  tenantName: "Acme",
  role: "admin",
  url: "http://localhost:3000/accept-invitation/inv_example",
} satisfies InvitationProps;
