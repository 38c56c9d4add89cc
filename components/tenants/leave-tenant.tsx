"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";

/** Removes the caller's own membership. Owners must transfer ownership first. */
export function LeaveTenant({ tenantId, tenantName, memberId, isOwner }: { tenantId: string; tenantName: string; memberId: string; isOwner: boolean }) {
  const describeError = useErrorMessage();
  const t = useTranslations("tenants.leave");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function leave() {
    setPending(true);
    setError(null);
    try {
      await api(`/tenants/${tenantId}/members/${memberId}`, { method: "DELETE", tenantId });
      setOpen(false);
      router.push("/dashboard");
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
    setPending(false);
  }

  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <p className="text-sm font-medium">{t("title", { tenant: tenantName })}</p>
        <p className="text-sm text-muted-foreground">
          {t(isOwner ? "owner" : "member")}
        </p>
      </div>
      <Button variant="secondary" onClick={() => { setError(null); setOpen(true); }} disabled={isOwner}>
        {t("button")}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("confirmTitle", { tenant: tenantName })}
        description={t("confirmDescription")}
        confirmLabel={t("button")}
        busy={pending}
        error={error}
        onConfirm={leave}
      />
    </div>
  );
}
