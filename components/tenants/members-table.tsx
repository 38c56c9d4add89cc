"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { MemberResponse as Member } from "@/lib/tenants/responses";
import { useAssignableRoleOptions } from "./role-options";
import { LoadMore } from "@/components/ui/load-more";

export type MembersTableProps = {
  tenantId: string;
  currentUserId: string;
  canChangeRoles: boolean;
  canRemove: boolean;
};

export function MembersTable({ tenantId, currentUserId, canChangeRoles, canRemove }: MembersTableProps) {
  const describeError = useErrorMessage();
  const t = useTranslations("tenants.members");
  const tenants = useTranslations("tenants");
  const roleOptions = useAssignableRoleOptions();
  const list = usePagedList<Member>(`/tenants/${tenantId}/members?limit=100`, { tenantId });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);

  async function act(member: Member, action: () => Promise<unknown>) {
    setBusyId(member.id);
    setError(null);
    try {
      await action();
      setRemoving(null);
      await list.reload();
    } catch (caught) {
      setError(describeError(caught));
    }
    setBusyId(null);
  }

  const changeRole = (member: Member, role: string) =>
    act(member, () => api(`/tenants/${tenantId}/members/${member.id}`, { method: "PATCH", tenantId, body: { role } }));

  return (
    <div className="space-y-3">
      {error && !removing ? <Alert tone="error">{error}</Alert> : null}
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      <Table stack>
        <caption className="sr-only">{t("caption")}</caption>
        <THead>
          <Tr>
            <Th>{t("member")}</Th>
            <Th>{t("access")}</Th>
            {canRemove ? (
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            ) : null}
          </Tr>
        </THead>
        <TBody>
          {list.items.map((member) => {
            const self = member.userId === currentUserId;
            const editable = member.role !== "owner" && !self;
            return (
              <Tr key={member.id}>
                <Td>
                  <p className="font-medium">
                    {member.name} {self ? <span className="text-xs text-muted-foreground">{t("you")}</span> : null}
                  </p>
                  <p className="text-xs text-muted-foreground">{member.email}</p>
                </Td>
                <Td>
                  {canChangeRoles && editable ? (
                    <Select
                      aria-label={t("accessFor", { email: member.email })}
                      value={member.role}
                      disabled={busyId === member.id}
                      onChange={(e) => changeRole(member, e.target.value)}
                      options={roleOptions}
                    />
                  ) : (
                    <Badge data-role={member.role}>{tenants(`roles.${member.role}`)}</Badge>
                  )}
                </Td>
                {canRemove ? (
                  <Td className="text-right">
                    {editable ? (
                      <Button size="sm" variant="ghost" onClick={() => { setError(null); setRemoving(member); }} aria-label={t("removeLabel", { email: member.email })}>
                        {t("remove")}
                      </Button>
                    ) : null}
                  </Td>
                ) : null}
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {list.loading && list.items.length === 0 ? <p className="text-sm text-muted-foreground">{t("loading")}</p> : null}
      <LoadMore list={list} size="sm" />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={t("confirmTitle", { name: removing?.name ?? "" })}
        description={t("confirmDescription")}
        confirmLabel={t("confirm")}
        busy={removing !== null && busyId === removing.id}
        error={removing ? error : null}
        onConfirm={() => removing && act(removing, () => api(`/tenants/${tenantId}/members/${removing.id}`, { method: "DELETE", tenantId }))}
      />
    </div>
  );
}
