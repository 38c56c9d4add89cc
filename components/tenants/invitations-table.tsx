"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
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
  if (invitations.length === 0) return <EmptyState title="No pending invitations" description="People you invite appear here until they accept." />;

  return (
    <Table>
      <caption className="sr-only">Pending invitations</caption>
      <THead>
        <Tr>
          <Th>Invitee</Th>
          <Th>Access</Th>
          <Th className="hidden md:table-cell">Expires</Th>
          {canManage ? (
            <Th>
              <span className="sr-only">Actions</span>
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
                <Badge>{invitation.role}</Badge>
              </Td>
              <Td className="hidden whitespace-nowrap text-muted-foreground md:table-cell">{formatDate(invitation.expiresAt)}</Td>
              {canManage ? (
                <Td className="text-right">
                  <div className="flex justify-end gap-2">
                    <Button size="sm" variant="secondary" disabled={busy} onClick={() => onResend(invitation)} aria-label={`Resend invitation to ${invitation.email}`}>
                      Resend
                    </Button>
                    <Button size="sm" variant="ghost" disabled={busy} onClick={() => onRevoke(invitation)} aria-label={`Revoke invitation to ${invitation.email}`}>
                      Revoke
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
