"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { InvitationResponse as Invitation } from "@/lib/tenants/responses";

export type InvitationsTableProps = {
  invitations: readonly Invitation[];
  canManage: boolean;
  busyId: string | null;
  onResend: (invitation: Invitation) => void;
  onRevoke: (invitation: Invitation) => void;
};

/**
 * Pending invitations. There is no link to copy: the link carries a secret that proves the
 * invitee reads mail at the address, so only the email has it. "Resend" mails a fresh one.
 */
export function InvitationsTable({ invitations, canManage, busyId, onResend, onRevoke }: InvitationsTableProps) {
  const t = useTranslations("tenants.invitations");
  const tenants = useTranslations("tenants");
  const format = useFormatter();
  if (invitations.length === 0) return <EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />;

  return (
    <Table stack>
      <caption className="sr-only">{t("pending")}</caption>
      <THead>
        <Tr>
          <Th>{t("invitee")}</Th>
          <Th>{t("access")}</Th>
          <Th className="hidden md:table-cell">{t("expires")}</Th>
          {canManage ? (
            <Th>
              <span className="sr-only">{t("actions")}</span>
            </Th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {invitations.map((invitation) => {
          const busy = busyId === invitation.id;
          return (
            <Tr key={invitation.id}>
              <Td className="font-medium">{invitation.email}</Td>
              <Td>
                <Badge data-role={invitation.role}>{tenants(`roles.${invitation.role}`)}</Badge>
              </Td>
              <Td className="hidden whitespace-nowrap text-muted-foreground md:table-cell">{format.dateTime(new Date(invitation.expiresAt), "date")}</Td>
              {canManage ? (
                <Td className="text-right">
                  <div className="flex justify-end gap-2">
                    <Button size="sm" variant="secondary" disabled={busy} onClick={() => onResend(invitation)} aria-label={t("resendLabel", { email: invitation.email })}>
                      {t("resend")}
                    </Button>
                    <Button size="sm" variant="ghost" disabled={busy} onClick={() => onRevoke(invitation)} aria-label={t("revokeLabel", { email: invitation.email })}>
                      {t("revoke")}
                    </Button>
                  </div>
                </Td>
              ) : null}
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
