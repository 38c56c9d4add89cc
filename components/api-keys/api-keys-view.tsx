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
import type { ApiKeyResponse as ApiKeySummary, CreatedApiKeyResponse as CreatedApiKey } from "@/lib/api-keys/responses";
import type { NewKeyValues } from "./create-key-form";
import { LoadMore } from "@/components/ui/load-more";

export type ApiKeysViewProps = {
  tenantId: string;
  role: string;
  permissions: { create: boolean; delete: boolean };
  /** Scopes the user may grant; computed on the server from their role. */
  grantableScopes: readonly string[];
};

/** A tenant's API keys: list, create (the key is shown once), revoke. */
export function ApiKeysView({ tenantId, role, permissions, grantableScopes }: ApiKeysViewProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("api-keys");
  const tenants = useTranslations("tenants");
  const base = `/tenants/${tenantId}/api-keys`;
  const list = usePagedList<ApiKeySummary>(base);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
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
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <ApiKeysTable
          keys={list.items}
          canRevoke={permissions.delete}
          onRevoke={(key) => {
            setActionError(null);
            setRevoking(key);
          }}
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
