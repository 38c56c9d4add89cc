"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { useAuthErrorMessage, isPasswordError } from "@/components/auth/auth-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

export function ChangePasswordForm() {
  const t = useTranslations("account.password");
  const authErrorMessage = useAuthErrorMessage();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [revokeOtherSessions, setRevokeOtherSessions] = useState(true);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFieldError(undefined);
    setDone(false);
    if (newPassword.length < 8) return setFieldError(t("tooShort"));
    setPending(true);
    const result = await authClient.changePassword({ currentPassword, newPassword, revokeOtherSessions });
    setPending(false);
    if (result.error) {
      if (isPasswordError(result.error)) setFieldError(authErrorMessage(result.error));
      else setError(result.error.code === "INVALID_PASSWORD" ? t("wrongCurrent") : authErrorMessage(result.error));
      return;
    }
    setCurrentPassword("");
    setNewPassword("");
    setDone(true);
  }

  return (
    <form onSubmit={onSubmit} className="max-w-md space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {done ? <Alert tone="success">{t("changed")}</Alert> : null}
      <Field label={t("current")}>
        {(control) => (
          <Input {...control} type="password" autoComplete="current-password" required value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} />
        )}
      </Field>
      <Field label={t("new")} hint={t("newHint")} error={fieldError}>
        {(control) => (
          <Input {...control} type="password" autoComplete="new-password" required minLength={8} maxLength={128} value={newPassword} onChange={(e) => setNewPassword(e.target.value)} />
        )}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" className="size-4 accent-current" checked={revokeOtherSessions} onChange={(e) => setRevokeOtherSessions(e.target.checked)} />
        {t("revokeOthers")}
      </label>
      <Button type="submit" loading={pending} disabled={!currentPassword || !newPassword}>
        {t("submit")}
      </Button>
    </form>
  );
}
