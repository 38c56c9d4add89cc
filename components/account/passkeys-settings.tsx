"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { useAuthErrorMessage } from "@/components/auth/auth-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Passkeys: list, add (the browser's WebAuthn prompt) and remove. */
export function PasskeysSettings() {
  const t = useTranslations("account.passkeys");
  const format = useFormatter();
  const authErrorMessage = useAuthErrorMessage();
  const passkeys = authClient.useListPasskeys();
  const [name, setName] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await authClient.passkey.addPasskey({ name: name.trim() || undefined });
    setPending(false);
    if (result?.error) {
      setError(authErrorMessage(result.error));
      return;
    }
    setName("");
    passkeys.refetch();
  }

  async function remove(id: string) {
    setError(null);
    const result = await authClient.passkey.deletePasskey({ id });
    if (result.error) setError(authErrorMessage(result.error));
    passkeys.refetch();
  }

  return (
    <div className="max-w-md space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      {passkeys.data && passkeys.data.length > 0 ? (
        <ul aria-label={t("listLabel")} className="divide-y divide-border rounded border border-border">
          {passkeys.data.map((key) => (
            <li key={key.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
              <span>
                {key.name || t("unnamed")}{" "}
                <span className="text-muted-foreground">{t("added", { date: format.dateTime(new Date(key.createdAt), "date") })}</span>
              </span>
              <Button size="sm" variant="secondary" onClick={() => remove(key.id)} aria-label={t("removeLabel", { name: key.name || key.id })}>
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      )}
      <form onSubmit={add} className="space-y-4" noValidate>
        <Field label={t("name")} hint={t("nameHint")}>
          {(control) => <Input {...control} maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Button type="submit" loading={pending}>
          {t("add")}
        </Button>
      </form>
    </div>
  );
}
