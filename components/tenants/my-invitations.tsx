"use client";

import { useTranslations } from "next-intl";
import { useApi } from "@/components/ui/use-api";
import { Card, CardHeader } from "@/components/ui/card";
import { InvitationResponse } from "./invitation-response";

type MyInvitation = { id: string; role: string; tenantId: string; tenantName: string };

/** Invitations addressed to the signed-in user's email; renders nothing when there are none. */
export function MyInvitations() {
  const t = useTranslations("tenants.myInvitations");
  const tenants = useTranslations("tenants");
  const { data } = useApi<{ data: MyInvitation[] }>("/me/invitations");
  const invitations = data?.data ?? [];
  if (invitations.length === 0) return null;
  return (
    <Card>
      <CardHeader title={t("title")} />
      <ul className="divide-y divide-border">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <p className="text-sm">
              {t.rich("join", { tenant: invitation.tenantName, role: tenants(`rolesInline.${invitation.role}`), strong: (chunks) => <strong>{chunks}</strong> })}
            </p>
            <InvitationResponse invitationId={invitation.id} tenantName={invitation.tenantName} compact />
          </li>
        ))}
      </ul>
    </Card>
  );
}
