"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { useAuthErrorMessage } from "@/components/auth/auth-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/**
 * Asks to move the account to another address: the new address gets a link that makes the
 * change, the current one a notice (so a stolen session cannot move an account silently).
 */
export function ChangeEmailForm({ email }: { email: string }) {
  const t = useTranslations("account.email");
  const authErrorMessage = useAuthErrorMessage();
  const [newEmail, setNewEmail] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const target = newEmail.trim().toLowerCase();
    const result = await authClient.changeEmail({ newEmail: target, callbackURL: "/dashboard/settings" });
    setPending(false);
    if (result.error) {
      setError(authErrorMessage(result.error));
      return;
    }
    setSentTo(target);
    setNewEmail("");
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {sentTo ? (
        <Alert tone="success">{t.rich("sent", { email: sentTo, current: email, strong: (chunks) => <strong>{chunks}</strong> })}</Alert>
      ) : null}
      <Field label={t("newEmail")}>
        {(control) => <Input {...control} type="email" autoComplete="email" required value={newEmail} onChange={(e) => setNewEmail(e.target.value)} />}
      </Field>
      <Button type="submit" loading={pending} disabled={!newEmail.trim() || newEmail.trim().toLowerCase() === email}>
        {t("submit")}
      </Button>
    </form>
  );
}
