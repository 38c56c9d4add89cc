"use client";

import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { MemberResponse as Member } from "@/lib/tenants/responses";
import { assignableRoleOptions } from "./role-options";
import { LoadMore } from "@/components/ui/load-more";

export type MembersTableProps = {
  tenantId: string;
  currentUserId: string;
  canChangeRoles: boolean;
  canRemove: boolean;
};

export function MembersTable({ tenantId, currentUserId, canChangeRoles, canRemove }: MembersTableProps) {
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
      setError(errorMessage(caught));
    }
    setBusyId(null);
  }

  const changeRole = (member: Member, role: string) =>
    act(member, () => api(`/tenants/${tenantId}/members/${member.id}`, { method: "PATCH", tenantId, body: { role } }));

  return (
    <div className="space-y-3">
      {error && !removing ? <Alert tone="error">{error}</Alert> : null}
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      <Table>
        <caption className="sr-only">Members</caption>
        <THead>
          <Tr>
            <Th>Member</Th>
            <Th>Access</Th>
            {canRemove ? (
              <Th>
                <span className="sr-only">Actions</span>
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
                    {member.name} {self ? <span className="text-xs text-muted-foreground">(you)</span> : null}
                  </p>
                  <p className="text-xs text-muted-foreground">{member.email}</p>
                </Td>
                <Td>
                  {canChangeRoles && editable ? (
                    <Select
                      aria-label={`Access for ${member.email}`}
                      value={member.role}
                      disabled={busyId === member.id}
                      onChange={(e) => changeRole(member, e.target.value)}
                      options={assignableRoleOptions}
                    />
                  ) : (
                    <Badge>{member.role}</Badge>
                  )}
                </Td>
                {canRemove ? (
                  <Td className="text-right">
                    {editable ? (
                      <Button size="sm" variant="ghost" onClick={() => { setError(null); setRemoving(member); }} aria-label={`Remove ${member.email}`}>
                        Remove
                      </Button>
                    ) : null}
                  </Td>
                ) : null}
              </Tr>
            );
          })}
        </TBody>
      </Table>
      {list.loading && list.items.length === 0 ? <p className="text-sm text-muted-foreground">Loading members…</p> : null}
      <LoadMore list={list} size="sm" />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={`Remove ${removing?.name ?? "member"}?`}
        description="They lose access to this tenant at once. You can invite them again later."
        confirmLabel="Remove member"
        busy={removing !== null && busyId === removing.id}
        error={removing ? error : null}
        onConfirm={() => removing && act(removing, () => api(`/tenants/${tenantId}/members/${removing.id}`, { method: "DELETE", tenantId }))}
      />
    </div>
  );
}
