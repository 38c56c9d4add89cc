"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { isPasswordError, useAuthErrorMessage } from "./auth-error";

/** `expired`: Better Auth sent the user here with `?error=INVALID_TOKEN`. */
export function ResetPasswordForm({ token, expired = false }: { token: string | undefined; expired?: boolean }) {
  const t = useTranslations("auth");
  const authErrorMessage = useAuthErrorMessage();
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);

  if (!token) {
    return (
      <Alert tone="error" title={t(expired ? "resetPassword.expiredTitle" : "resetPassword.incompleteTitle")}>
        {t.rich("resetPassword.badLinkBody", {
          link: (chunks) => (
            <Link className="underline" href="/forgot-password">
              {chunks}
            </Link>
          ),
        })}
      </Alert>
    );
  }

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t("resetPassword.doneTitle")}>
          {t("resetPassword.doneBody")}
        </Alert>
        <Link className={buttonClass("primary", "md", "w-full")} href="/sign-in">
          {t("resetPassword.signIn")}
        </Link>
      </div>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFieldError(undefined);
    if (password.length < 8) return setFieldError(t("errors.PASSWORD_TOO_SHORT"));
    if (password !== confirm) return setFieldError(t("errors.passwordsDoNotMatch"));
    setPending(true);
    const result = await authClient.resetPassword({ newPassword: password, token });
    setPending(false);
    if (!result.error) return setDone(true);
    if (isPasswordError(result.error)) setFieldError(authErrorMessage(result.error));
    else setError(authErrorMessage(result.error));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? (
        <Alert tone="error">
          {error}{" "}
          <Link className="underline" href="/forgot-password">
            {t("resetPassword.requestNewLink")}
          </Link>
        </Alert>
      ) : null}
      <Field label={t("resetPassword.newPassword")} hint={t("resetPassword.newPasswordHint")} error={fieldError}>
        {(control) => (
          <Input {...control} type="password" autoComplete="new-password" required minLength={8} maxLength={128} value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <Field label={t("resetPassword.confirmPassword")}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
      </Field>
      <Button type="submit" className="w-full" loading={pending}>
        {t("resetPassword.submit")}
      </Button>
    </form>
  );
}
