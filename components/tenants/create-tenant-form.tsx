"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Creates a tenant and makes it the active one. */
export function CreateTenantForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const describeError = useErrorMessage();
  const t = useTranslations("tenants.create");
  const ui = useTranslations("ui");
  const router = useRouter();
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setFieldError(undefined);
    try {
      const tenant = await api<{ id: string }>("/tenants", { method: "POST", body: { name } });
      await api("/me", { method: "PATCH", body: { activeTenantId: tenant.id } });
      setName("");
      onDone?.();
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.name) setFieldError(caught.fields.name);
      else setError(describeError(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("name")} error={fieldError} hint={t("nameHint")}>
        {(control) => <Input {...control} required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="flex justify-end gap-2">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {ui("cancel")}
          </Button>
        ) : null}
        <Button type="submit" loading={pending} disabled={!name.trim()}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
