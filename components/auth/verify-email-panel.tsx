"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAuthErrorMessage } from "./auth-error";

/** Sends the verification link again. */
export function ResendVerificationForm({ defaultEmail = "" }: { defaultEmail?: string }) {
  const t = useTranslations("auth");
  const authErrorMessage = useAuthErrorMessage();
  const [email, setEmail] = useState(defaultEmail);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await authClient.sendVerificationEmail({ email, callbackURL: "/verify-email?verified=1" });
    setPending(false);
    if (result.error) setError(authErrorMessage(result.error));
    else setSent(true);
  }

  if (sent) return <Alert tone="success">{t("verifyEmail.resent", { email })}</Alert>;

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("fields.email")}>
        {(control) => <Input {...control} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Button type="submit" variant="secondary" className="w-full" loading={pending}>
        {t("verifyEmail.resend")}
      </Button>
    </form>
  );
}
