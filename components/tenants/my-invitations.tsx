"use client";

import { useApi } from "@/components/ui/use-api";
import { Card, CardHeader } from "@/components/ui/card";
import { InvitationResponse } from "./invitation-response";

type MyInvitation = { id: string; role: string; tenantId: string; tenantName: string };

/** Invitations addressed to the signed-in user's email; renders nothing when there are none. */
export function MyInvitations() {
  const { data } = useApi<{ data: MyInvitation[] }>("/me/invitations");
  const invitations = data?.data ?? [];
  if (invitations.length === 0) return null;
  return (
    <Card>
      <CardHeader title="Invitations for you" />
      <ul className="divide-y divide-border">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <p className="text-sm">
              Join <strong>{invitation.tenantName}</strong> as {invitation.role}
            </p>
            <InvitationResponse invitationId={invitation.id} tenantName={invitation.tenantName} compact />
          </li>
        ))}
      </ul>
    </Card>
  );
}
