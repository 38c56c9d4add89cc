"use client";

import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { usePagedList } from "@/components/ui/use-paged-list";
import { InvitationsTable } from "./invitations-table";
import { InviteForm } from "./invite-form";
import type { InvitationResponse as Invitation } from "@/lib/tenants/responses";

/** The invite form and the pending invitations it adds to. */
export function TeamInvitations({ tenantId, canInvite, canCancel }: { tenantId: string; canInvite: boolean; canCancel: boolean }) {
  const list = usePagedList<Invitation>(`/tenants/${tenantId}/invitations?status=pending&limit=100`, { tenantId });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function act(invitation: Invitation, action: "resend" | "revoke") {
    setBusyId(invitation.id);
    setNotice(null);
    try {
      const base = `/tenants/${tenantId}/invitations/${invitation.id}`;
      if (action === "resend") await api(`${base}/resend`, { method: "POST", tenantId });
      else await api(base, { method: "DELETE", tenantId });
      setNotice({ tone: "success", text: action === "resend" ? `Invitation resent to ${invitation.email}.` : `Invitation to ${invitation.email} revoked.` });
      await list.reload();
    } catch (caught) {
      setNotice({ tone: "error", text: errorMessage(caught) });
    }
    setBusyId(null);
  }

  return (
    <div className="space-y-6">
      {canInvite ? (
        <Card>
          <CardHeader title="Invite people" description="They get an email with a link to join. Links expire after 7 days." />
          <InviteForm tenantId={tenantId} onInvited={list.reload} />
        </Card>
      ) : null}
      <section aria-labelledby="pending-invitations" className="space-y-3">
        <h2 id="pending-invitations" className="text-base font-semibold">
          Pending invitations
        </h2>
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        {list.error ? <Alert tone="error">{list.error}</Alert> : null}
        {list.loading && list.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">Loading invitations…</p>
        ) : (
          <InvitationsTable
            invitations={list.items}
            canManage={canCancel}
            busyId={busyId}
            onResend={(invitation) => act(invitation, "resend")}
            onRevoke={(invitation) => act(invitation, "revoke")}
          />
        )}
      </section>
    </div>
  );
}
