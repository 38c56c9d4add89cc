"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { renderSVG } from "uqr";
import { authClient } from "@/lib/auth/client";
import { useAuthErrorMessage } from "@/components/auth/auth-error";
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
  const t = useTranslations("account.twoFactor");
  const authErrorMessage = useAuthErrorMessage();
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
      setError(result.error?.code === "INVALID_PASSWORD" ? t("wrongPassword") : authErrorMessage(result.error));
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
      setError(t("wrongCode"));
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
      setError(result.error.code === "INVALID_PASSWORD" ? t("wrongPassword") : authErrorMessage(result.error));
      return;
    }
    setPassword("");
    router.refresh();
  }

  if (confirmed) {
    return (
      <div className="max-w-md space-y-4">
        <Alert tone="success" title={t("onTitle")}>
          {t("saveCodes")}
        </Alert>
        <ul aria-label={t("backupCodes")} className="grid grid-cols-2 gap-2 font-mono text-sm">
          {confirmed.map((backup) => (
            <li key={backup} className="rounded border border-border bg-muted px-2 py-1">
              {backup}
            </li>
          ))}
        </ul>
        <Button onClick={() => { setConfirmed(null); router.refresh(); }}>{t("savedThem")}</Button>
      </div>
    );
  }

  if (enrolment) {
    return (
      <form onSubmit={confirm} className="max-w-md space-y-4" noValidate>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <p className="text-sm">{t("scan")}</p>
        <div className="size-44 rounded border border-border bg-white p-2" role="img" aria-label={t("qrLabel")} dangerouslySetInnerHTML={{ __html: renderSVG(enrolment.totpURI) }} />
        <div className="space-y-1">
          <p className="text-sm font-medium">{t("secret")}</p>
          <code data-testid="totp-secret" className="block break-all rounded bg-muted px-2 py-1 text-sm">{enrolment.secret}</code>
          <a className="text-xs text-muted-foreground underline" href={enrolment.totpURI}>{t("openInApp")}</a>
        </div>
        <Field label={t("code")}>
          {(control) => <Input {...control} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
        <Button type="submit" loading={pending} disabled={!code.trim()}>
          {t("confirm")}
        </Button>
      </form>
    );
  }

  return (
    <form onSubmit={enabled ? disable : start} className="max-w-md space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm text-muted-foreground">
        {t(enabled ? "enabledIntro" : "disabledIntro")}
      </p>
      <Field label={t("currentPassword")}>
        {(control) => <Input {...control} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <Button type="submit" variant={enabled ? "danger" : "primary"} loading={pending} disabled={!password}>
        {t(enabled ? "turnOff" : "setUp")}
      </Button>
    </form>
  );
}
