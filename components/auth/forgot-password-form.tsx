"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAuthErrorMessage } from "./auth-error";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const authErrorMessage = useAuthErrorMessage();
  const [email, setEmail] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
    setPending(false);
    if (result.error) setError(authErrorMessage(result.error));
    else setSent(true);
  }

  if (sent) {
    // Same answer whether or not the account exists, so the form cannot be used to probe emails.
    return (
      <Alert tone="success" title={t("forgotPassword.sentTitle")}>
        {t.rich("forgotPassword.sentBody", { email, strong: (chunks) => <strong>{chunks}</strong> })}
      </Alert>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("fields.email")}>
        {(control) => <Input {...control} type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Button type="submit" className="w-full" loading={pending}>
        {t("forgotPassword.submit")}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        <Link className="underline hover:text-foreground" href="/sign-in">
          {t("forgotPassword.backToSignIn")}
        </Link>
      </p>
    </form>
  );
}
