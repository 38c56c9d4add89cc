"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { usePagedList } from "@/components/ui/use-paged-list";
import { ApiKeysTable } from "./api-keys-table";
import { CreateKeyForm } from "./create-key-form";
import { NewKeyPanel } from "./new-key-panel";
import { RotateKeyForm } from "./rotate-key-form";
import type { ApiKeyResponse as ApiKeySummary, CreatedApiKeyResponse as CreatedApiKey } from "@/lib/api-keys/responses";
import type { NewKeyValues } from "./create-key-form";
import { LoadMore } from "@/components/ui/load-more";

export type ApiKeysViewProps = {
  tenantId: string;
  role: string;
  permissions: { create: boolean; update: boolean; delete: boolean };
  /** Scopes the user may grant; computed on the server from their role. */
  grantableScopes: readonly string[];
};

/** A tenant's API keys: list (revoked ones on request), create and rotate (the key is shown once), revoke. */
export function ApiKeysView({ tenantId, role, permissions, grantableScopes }: ApiKeysViewProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("api-keys");
  const tenants = useTranslations("tenants");
  const base = `/tenants/${tenantId}/api-keys`;
  const [showRevoked, setShowRevoked] = useState(false);
  const list = usePagedList<ApiKeySummary>(showRevoked ? `${base}?include=revoked` : base);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [rotating, setRotating] = useState<ApiKeySummary | null>(null);
  const [rotatedSecret, setRotatedSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiKeySummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  async function create(values: NewKeyValues) {
    const created = await api<CreatedApiKey>(base, { method: "POST", body: values });
    setSecret(created.key);
    list.reload();
  }

  function closeCreate() {
    // Closing forgets the key: it lives only in this component's state, only until then.
    setCreating(false);
    setSecret(null);
  }

  async function rotate(key: ApiKeySummary, overlapSeconds: number) {
    const rotated = await api<CreatedApiKey>(`${base}/${key.id}/rotate`, { method: "POST", body: { overlapSeconds } });
    setRotatedSecret(rotated.key);
    list.reload();
  }

  function closeRotate() {
    // As with create: the new secret lives only here, only until the dialog closes.
    setRotating(null);
    setRotatedSecret(null);
  }

  async function revoke(key: ApiKeySummary) {
    setBusy(true);
    setActionError(null);
    try {
      await api(`${base}/${key.id}`, { method: "DELETE" });
      setRevoking(null);
      list.reload();
    } catch (caught) {
      setActionError(errorMessage(caught));
    }
    setBusy(false);
  }

  return (
    <div className="space-y-6">
      {permissions.create ? (
        <div className="flex justify-end">
          <Button onClick={() => setCreating(true)}>{t("view.create")}</Button>
        </div>
      ) : (
        <Alert tone="info">{t("view.cannotCreate", { role: tenants(`rolesInline.${role}`) })}</Alert>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={showRevoked} onChange={(e) => setShowRevoked(e.target.checked)} />
        {t("view.showRevoked")}
      </label>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <ApiKeysTable
          keys={list.items}
          canRevoke={permissions.delete}
          onRevoke={(key) => {
            setActionError(null);
            setRevoking(key);
          }}
          canRotate={permissions.update}
          onRotate={setRotating}
        />
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("view.loading")}
        </p>
      ) : (
        <EmptyState title={t("view.emptyTitle")} description={permissions.create ? t("view.emptyDescription") : undefined} />
      )}
      <LoadMore list={list} />
      <Dialog open={creating} onClose={closeCreate} title={secret ? t("view.newKeyTitle") : t("view.create")}>
        {secret ? (
          <NewKeyPanel secret={secret} onDone={closeCreate} />
        ) : creating ? (
          <CreateKeyForm grantableScopes={grantableScopes} onSubmit={create} onCancel={closeCreate} />
        ) : null}
      </Dialog>
      <Dialog
        open={rotating !== null}
        onClose={closeRotate}
        title={rotatedSecret ? t("view.rotatedKeyTitle", { name: rotating?.name ?? t("view.anyKey") }) : t("view.rotateTitle", { name: rotating?.name ?? t("view.anyKey") })}
      >
        {rotatedSecret ? (
          <NewKeyPanel secret={rotatedSecret} onDone={closeRotate} />
        ) : rotating ? (
          <RotateKeyForm onSubmit={(overlapSeconds) => rotate(rotating, overlapSeconds)} onCancel={closeRotate} />
        ) : null}
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t("view.revokeTitle", { name: revoking?.name ?? t("view.anyKey") })}
        description={t("view.revokeDescription")}
        confirmLabel={t("view.revokeConfirm")}
        busy={busy}
        error={revoking ? actionError : null}
        onConfirm={() => revoking && revoke(revoking)}
      />
    </div>
  );
}
