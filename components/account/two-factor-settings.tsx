"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { renderSVG } from "uqr";
import { authClient } from "@/lib/auth/client";
import { authErrorMessage } from "@/components/auth/auth-error";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Enrolment = { totpURI: string; secret: string; backupCodes: string[] };

/** The secret an authenticator app needs, as it appears in the otpauth:// URI (base32). */
function secretOf(totpURI: string): string {
  return new URL(totpURI).searchParams.get("secret") ?? "";
}

/**
 * Two-factor with an authenticator app: turn on (password → QR code and secret → confirm with a
 * code → backup codes, shown once), or turn off (password).
 */
export function TwoFactorSettings({ enabled }: { enabled: boolean }) {
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [code, setCode] = useState("");
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [confirmed, setConfirmed] = useState<string[] | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await authClient.twoFactor.enable({ password });
    setPending(false);
    if (result.error || !result.data || !("totpURI" in result.data) || !result.data.totpURI) {
      setError(result.error?.code === "INVALID_PASSWORD" ? "Your password is not correct." : authErrorMessage(result.error));
      return;
    }
    setPassword("");
    setEnrolment({ totpURI: result.data.totpURI, secret: secretOf(result.data.totpURI), backupCodes: result.data.backupCodes ?? [] });
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!enrolment) return;
    setPending(true);
    setError(null);
    const result = await authClient.twoFactor.verifyTotp({ code: code.replace(/\s+/g, "") });
    setPending(false);
    if (result.error) {
      setError("That code is not right. Check the time on your device and try the current code.");
      return;
    }
    setCode("");
    setConfirmed(enrolment.backupCodes);
    setEnrolment(null);
  }

  async function disable(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await authClient.twoFactor.disable({ password });
    setPending(false);
    if (result.error) {
      setError(result.error.code === "INVALID_PASSWORD" ? "Your password is not correct." : authErrorMessage(result.error));
      return;
    }
    setPassword("");
    router.refresh();
  }

  if (confirmed) {
    return (
      <div className="max-w-md space-y-4">
        <Alert tone="success" title="Two-factor authentication is on">
          Save these backup codes somewhere safe. Each signs you in once if you lose your authenticator. They are not shown again.
        </Alert>
        <ul aria-label="Backup codes" className="grid grid-cols-2 gap-2 font-mono text-sm">
          {confirmed.map((backup) => (
            <li key={backup} className="rounded border border-border bg-muted px-2 py-1">
              {backup}
            </li>
          ))}
        </ul>
        <Button onClick={() => { setConfirmed(null); router.refresh(); }}>I have saved them</Button>
      </div>
    );
  }

  if (enrolment) {
    return (
      <form onSubmit={confirm} className="max-w-md space-y-4" noValidate>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <p className="text-sm">Scan this code with your authenticator app, or type the secret in by hand.</p>
        <div className="size-44 rounded border border-border bg-white p-2" role="img" aria-label="QR code of the authenticator setup link" dangerouslySetInnerHTML={{ __html: renderSVG(enrolment.totpURI) }} />
        <div className="space-y-1">
          <p className="text-sm font-medium">Secret</p>
          <code data-testid="totp-secret" className="block break-all rounded bg-muted px-2 py-1 text-sm">{enrolment.secret}</code>
          <a className="text-xs text-muted-foreground underline" href={enrolment.totpURI}>Open in an authenticator app</a>
        </div>
        <Field label="Code from the app">
          {(control) => <Input {...control} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Button type="submit" loading={pending} disabled={!code.trim()}>
          Confirm and turn on
        </Button>
      </form>
    );
  }

  return (
    <form onSubmit={enabled ? disable : start} className="max-w-md space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-muted-foreground">
        {enabled ? "Two-factor authentication is on: signing in with your password also asks for a code from your authenticator app." : "Ask for a code from an authenticator app as well as your password when you sign in."}
      </p>
      <Field label="Current password">
        {(control) => <Input {...control} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <Button type="submit" variant={enabled ? "danger" : "primary"} loading={pending} disabled={!password}>
        {enabled ? "Turn off two-factor" : "Set up two-factor"}
      </Button>
    </form>
  );
}
