"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { usePrivacyError } from "./use-privacy-error";

const day = 86_400_000;

/** Where the browser goes once the deletion is scheduled: every session has ended, this one too. */
export const deletionScheduledPath = "/sign-in?deletion=scheduled";
/** …and once the account is deactivated (signing in reactivates it). */
export const deactivatedPath = "/sign-in?deactivated=1";

/**
 * Schedules the account's deletion (`POST /privacy/requests {type:"deletion"}`) after the password
 * and a confirm dialog. The server ends every session on success, so the page leaves the portal
 * with a full navigation rather than a client-side one that would still hold portal state.
 */
export function DeleteAccount({ graceDays }: { graceDays: number }) {
  const t = useTranslations("privacy.page.delete");
  const format = useFormatter();
  const describeError = usePrivacyError();
  const [password, setPassword] = useState("");
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState<Date | null>(null);
  const [pending, setPending] = useState(false);
  const [passwordError, setPasswordError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  function ask(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setPasswordError(undefined);
    setWhen(new Date(Date.now() + graceDays * day));
    setOpen(true);
  }

  async function remove(type: "deletion" | "deactivation" = "deletion") {
    setPending(true);
    setError(null);
    setPasswordError(undefined);
    try {
      await api("/privacy/requests", { method: "POST", body: { type, ...(password ? { password } : {}) } });
      window.location.replace(type === "deletion" ? deletionScheduledPath : deactivatedPath);
      return;
    } catch (caught) {
      // Shown beside the form (the dialog closes): a wrong password is fixed there.
      if (caught instanceof ApiError && caught.code === "reauthentication_required") setPasswordError(describeError(caught));
      else setError(describeError(caught));
      setOpen(false);
    }
    setPending(false);
  }

  return (
    <form onSubmit={ask} className="space-y-4" aria-label={t("title")}>
      <div className="space-y-2 text-sm">
        <p>{t("explain", { days: graceDays })}</p>
        <p className="text-muted-foreground">{t("sessions")}</p>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="max-w-sm">
        <Field label={t("password")} hint={t("passwordHint")} error={passwordError}>
          {(control) => <Input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} maxLength={200} />}
        </Field>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="danger">
          {t("button")}
        </Button>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => void remove("deactivation")}>
          {t("deactivate")}
        </Button>
      </div>
      <p className="text-sm text-muted-foreground">{t("deactivateExplain")}</p>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("confirmTitle")}
        description={when ? t("confirmDescription", { date: format.dateTime(when, "date") }) : undefined}
        confirmLabel={t("confirm")}
        onConfirm={() => void remove()}
        busy={pending}
      />
    </form>
  );
}
