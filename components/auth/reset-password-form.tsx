"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { authErrorMessage, isPasswordError } from "./auth-error";

/** `expired`: Better Auth sent the user here with `?error=INVALID_TOKEN`. */
export function ResetPasswordForm({ token, expired = false }: { token: string | undefined; expired?: boolean }) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);

  if (!token) {
    return (
      <Alert tone="error" title={expired ? "This link has expired" : "This link is incomplete"}>
        Open the link from the email again, or <Link className="underline" href="/forgot-password">request a new one</Link>.
      </Alert>
    );
  }

  if (done) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title="Password changed">
          Your other sessions were signed out. Sign in with your new password.
        </Alert>
        <Link className={buttonClass("primary", "md", "w-full")} href="/sign-in">
          Sign in
        </Link>
      </div>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFieldError(undefined);
    if (password.length < 8) return setFieldError("Use at least 8 characters.");
    if (password !== confirm) return setFieldError("The passwords do not match.");
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
          {error} <Link className="underline" href="/forgot-password">Request a new link</Link>
        </Alert>
      ) : null}
      <Field label="New password" hint="8 to 128 characters." error={fieldError}>
        {(control) => (
          <Input {...control} type="password" autoComplete="new-password" required minLength={8} maxLength={128} value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <Field label="Confirm new password">
        {(control) => <Input {...control} type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} />}
      </Field>
      <Button type="submit" className="w-full" loading={pending}>
        Set new password
      </Button>
    </form>
  );
}
