"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { usePagedList } from "@/components/ui/use-paged-list";
import { InvitationsTable } from "./invitations-table";
import { InviteForm } from "./invite-form";
import type { InvitationResponse as Invitation } from "@/lib/tenants/responses";

/** The invite form and the pending invitations it adds to. */
export function TeamInvitations({ tenantId, canInvite, canCancel }: { tenantId: string; canInvite: boolean; canCancel: boolean }) {
  const describeError = useErrorMessage();
  const t = useTranslations("tenants.invitations");
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
      setNotice({ tone: "success", text: t(action === "resend" ? "resent" : "revoked", { email: invitation.email }) });
      await list.reload();
    } catch (caught) {
      setNotice({ tone: "error", text: describeError(caught) });
    }
    setBusyId(null);
  }

  return (
    <div className="space-y-6">
      {canInvite ? (
        <Card>
          <CardHeader title={t("inviteTitle")} description={t("inviteDescription")} />
          <InviteForm tenantId={tenantId} onInvited={list.reload} />
        </Card>
      ) : null}
      <section aria-labelledby="pending-invitations" className="space-y-3">
        <h2 id="pending-invitations" className="text-base font-semibold">
          {t("pending")}
        </h2>
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        {list.error ? <Alert tone="error">{list.error}</Alert> : null}
        {list.loading && list.items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("loading")}</p>
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
