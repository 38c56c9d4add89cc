"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { MemberResponse as Member } from "@/lib/tenants/responses";

/** Hands the tenant to another member; the current owner becomes an admin. */
export function TransferOwnership({ tenantId, tenantName, currentUserId }: { tenantId: string; tenantName: string; currentUserId: string }) {
  const describeError = useErrorMessage();
  const t = useTranslations("tenants.transfer");
  const router = useRouter();
  const list = usePagedList<Member>(`/tenants/${tenantId}/members?limit=100`, { tenantId });
  const candidates = list.items.filter((m) => m.userId !== currentUserId);
  const [memberId, setMemberId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = candidates.find((m) => m.id === memberId) ?? candidates[0];

  async function transfer() {
    if (!chosen) return;
    setPending(true);
    setError(null);
    try {
      await api(`/tenants/${tenantId}/transfer`, { method: "POST", tenantId, body: { memberId: chosen.id } });
      setConfirming(false);
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
    setPending(false);
  }

  if (list.loading && list.items.length === 0) return <p className="text-sm text-muted-foreground">{t("loading")}</p>;
  if (list.error) return <Alert tone="error">{list.error}</Alert>;
  if (!chosen) return <p className="text-sm text-muted-foreground">{t("nobody")}</p>;

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <Field label={t("newOwner")}>
          {(control) => (
            <Select {...control} className="w-full" value={chosen.id} onChange={(e) => setMemberId(e.target.value)} options={candidates.map((m) => ({ value: m.id, label: `${m.name} (${m.email})` }))} />
          )}
        </Field>
      </div>
      <Button variant="secondary" onClick={() => { setError(null); setConfirming(true); }}>
        {t("button")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t("confirmTitle", { name: chosen.name, tenant: tenantName })}
        description={t("confirmDescription")}
        confirmLabel={t("button")}
        busy={pending}
        error={error}
        onConfirm={transfer}
      />
    </div>
  );
}
