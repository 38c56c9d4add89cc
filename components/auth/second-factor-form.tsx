"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAuthErrorMessage } from "./auth-error";

/**
 * The code step of a two-factor sign-in or a step-up: an authenticator code, or one of the backup
 * codes. Both go to Better Auth (`/two-factor/verify-totp`, `/two-factor/verify-backup-code`),
 * which marks the session as second-factor verified (lib/auth/second-factor.ts).
 */
export function SecondFactorForm({ onVerified, submitLabel }: { onVerified: () => void; /** @default "Verify", translated */ submitLabel?: string }) {
  const t = useTranslations("auth");
  const authErrorMessage = useAuthErrorMessage();
  const [mode, setMode] = useState<"totp" | "backup">("totp");
  const [code, setCode] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const trimmed = code.replace(/\s+/g, "");
    const result = mode === "totp" ? await authClient.twoFactor.verifyTotp({ code: trimmed }) : await authClient.twoFactor.verifyBackupCode({ code: trimmed });
    setPending(false);
    if (result.error) {
      setError(result.error.code === "INVALID_CODE" || result.error.code === "INVALID_BACKUP_CODE" ? t("errors.wrongCode") : authErrorMessage(result.error));
      return;
    }
    onVerified();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {mode === "totp" ? (
        <Field label={t("secondFactor.codeLabel")} hint={t("secondFactor.codeHint")}>
          {(control) => (
            <Input {...control} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]*" maxLength={6} required value={code} onChange={(e) => setCode(e.target.value)} />
          )}
        </Field>
      ) : (
        <Field label={t("secondFactor.backupLabel")} hint={t("secondFactor.backupHint")}>
          {(control) => <Input {...control} name="backup-code" autoComplete="off" required value={code} onChange={(e) => setCode(e.target.value)} />}
        </Field>
      )}
      <Button type="submit" className="w-full" loading={pending} disabled={!code.trim()}>
        {submitLabel ?? t("secondFactor.verify")}
      </Button>
      <Button
        variant="ghost"
        className="w-full"
        onClick={() => {
          setMode(mode === "totp" ? "backup" : "totp");
          setCode("");
          setError(null);
        }}
      >
        {t(mode === "totp" ? "secondFactor.useBackup" : "secondFactor.useTotp")}
      </Button>
    </form>
  );
}
