"use client";

import { useSyncExternalStore } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { formatDate } from "@/components/ui/format";
import { CopyButton } from "./copy-button";
import type { InvitationResponse as Invitation } from "@/lib/tenants/responses";

export type InvitationsTableProps = {
  invitations: readonly Invitation[];
  canManage: boolean;
  busyId: string | null;
  onResend: (invitation: Invitation) => void;
  onRevoke: (invitation: Invitation) => void;
};

export function InvitationsTable({ invitations, canManage, busyId, onResend, onRevoke }: InvitationsTableProps) {
  const origin = useSyncExternalStore(noSubscription, browserOrigin, serverOrigin);

  if (invitations.length === 0) return <EmptyState title="No pending invitations" description="People you invite appear here until they accept." />;

  return (
    <Table>
      <caption className="sr-only">Pending invitations</caption>
      <THead>
        <Tr>
          <Th>Invitee</Th>
          <Th>Access</Th>
          <Th className="hidden md:table-cell">Expires</Th>
          <Th>Link</Th>
          {canManage ? (
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          ) : null}
        </Tr>
      </THead>
      <TBody>
        {invitations.map((invitation) => {
          const link = `${origin}/accept-invitation/${invitation.id}`;
          const busy = busyId === invitation.id;
          return (
            <Tr key={invitation.id}>
              <Td className="font-medium">{invitation.email}</Td>
              <Td>
                <Badge>{invitation.role}</Badge>
              </Td>
              <Td className="hidden whitespace-nowrap text-muted-foreground md:table-cell">{formatDate(invitation.expiresAt)}</Td>
              <Td className="max-w-[16rem]">
                <code data-testid="invite-link" className="block truncate text-xs text-muted-foreground select-all" title={link}>
                  {link}
                </code>
                <div className="mt-1 flex items-center gap-2">
                  <CopyButton text={link} label="Copy invite link" />
                </div>
              </Td>
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

const noSubscription = () => () => {};
const browserOrigin = () => window.location.origin;
// The origin is only known in the browser; rows render after the client fetch anyway.
const serverOrigin = () => "";
