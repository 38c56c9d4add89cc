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

export function ProfileForm({ name: initialName, email }: { name: string; email: string }) {
  const describeError = useErrorMessage();
  const t = useTranslations("account.profile");
  const router = useRouter();
  const [name, setName] = useState(initialName);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    setFieldError(undefined);
    setSaved(false);
    try {
      await api("/me", { method: "PATCH", body: { name: name.trim() } });
      setSaved(true);
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields.name) setFieldError(caught.fields.name);
      else setError(describeError(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
      <Field label={t("name")} error={fieldError}>
        {(control) => <Input {...control} autoComplete="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="space-y-1.5">
        <p className="text-sm font-medium">{t("email")}</p>
        <p className="text-sm text-muted-foreground">{email}</p>
      </div>
      <Button type="submit" loading={pending} disabled={!name.trim() || name.trim() === initialName}>
        {t("submit")}
      </Button>
    </form>
  );
}
