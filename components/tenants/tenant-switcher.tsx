"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Select } from "@/components/ui/select";
import { CreateTenantForm } from "./create-tenant-form";

export type SwitcherTenant = { id: string; name: string; role: string };

/** Picks the session's active tenant; every tenant-scoped page follows it after a refresh. */
export function TenantSwitcher({ tenants, activeTenantId }: { tenants: readonly SwitcherTenant[]; activeTenantId: string | null }) {
  const describeError = useErrorMessage();
  const t = useTranslations("tenants.switcher");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  async function switchTo(tenantId: string) {
    setPending(true);
    setError(null);
    try {
      await api("/me", { method: "PATCH", body: { activeTenantId: tenantId } });
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
    setPending(false);
  }

  return (
    <div className="flex min-w-0 items-center gap-2">
      {tenants.length > 0 ? (
        <>
          <label htmlFor="tenant-switcher" className="sr-only">
            {t("label")}
          </label>
          <Select
            id="tenant-switcher"
            className="max-w-[12rem] sm:max-w-xs"
            value={activeTenantId ?? ""}
            disabled={pending}
            onChange={(e) => switchTo(e.target.value)}
            options={tenants.map((t) => ({ value: t.id, label: t.name }))}
          />
        </>
      ) : null}
      <Button variant="ghost" size="sm" onClick={() => setCreating(true)} aria-label={t("newTenant")}>
        <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M12 5v14M5 12h14" strokeLinecap="round" />
        </svg>
        <span className="hidden sm:inline">{t("newTenant")}</span>
      </Button>
      {error ? (
        <p role="alert" className="text-xs text-danger">
          {error}
        </p>
      ) : null}
      <Dialog open={creating} onClose={() => setCreating(false)} title={t("createTitle")} description={t("createDescription")}>
        <CreateTenantForm onDone={() => setCreating(false)} onCancel={() => setCreating(false)} />
      </Dialog>
    </div>
  );
}
