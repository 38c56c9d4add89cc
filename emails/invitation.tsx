import { coreMessages } from "@/lib/i18n/messages";
import type { EmailContext, EmailStrings } from "@/lib/email/define";
import { ActionButton, EmailLayout, Paragraph } from "./layout";

export type InvitationProps = { inviterName: string; tenantName: string; role: string; url: string };

export const invitationStrings: EmailStrings = { messages: coreMessages, namespace: "emails.invitation" };

export const invitationSubject = ({ inviterName, tenantName }: InvitationProps, { t }: EmailContext) =>
  t("subject", { inviter: inviterName, tenant: tenantName });

/** Roles with a phrase of their own ("an admin", "als Admin"); any other role shows as it is. */
const knownRoles = ["owner", "admin", "member", "viewer", "guest"];

export default function Invitation({ inviterName, tenantName, role, url }: InvitationProps, { t, frame }: EmailContext) {
  const rolePhrase = knownRoles.includes(role) ? t(`roles.${role}`) : role;
  return (
    <EmailLayout frame={frame} preview={t("preview", { tenant: tenantName })} heading={t("heading", { tenant: tenantName })}>
      <Paragraph>{t.rich("body", { inviter: inviterName, tenant: tenantName, role: rolePhrase, strong: (chunks) => <strong>{chunks}</strong> })}</Paragraph>
      <ActionButton frame={frame} href={url} label={t("action")} />
      <Paragraph>{t("expiry")}</Paragraph>
    </EmailLayout>
  );
}
