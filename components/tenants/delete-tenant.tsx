"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Deletes the tenant after the owner types its name, so it cannot happen by a stray click. */
export function DeleteTenant({ tenantId, tenantName }: { tenantId: string; tenantName: string }) {
  const describeError = useErrorMessage();
  const t = useTranslations("tenants.delete");
  const ui = useTranslations("ui");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      await api(`/tenants/${tenantId}`, { method: "DELETE", tenantId });
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
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      <Button variant="danger" onClick={() => { setTyped(""); setError(null); setOpen(true); }}>
        {t("button")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("confirmTitle", { tenant: tenantName })} description={t("confirmDescription")}>
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === tenantName) void remove();
          }}
        >
          {error ? <Alert tone="error">{error}</Alert> : null}
          <Field label={t("typeToConfirm", { tenant: tenantName })}>
            {(control) => <Input {...control} autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
              {ui("cancel")}
            </Button>
            <Button type="submit" variant="danger" loading={pending} disabled={typed !== tenantName}>
              {t("button")}
            </Button>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
