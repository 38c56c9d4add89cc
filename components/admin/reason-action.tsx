"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { api, type ApiOptions } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";

type Props = {
  /** The button's text, e.g. "Ban". */
  label: string;
  /** The /platform route to call. */
  path: string;
  method?: ApiOptions["method"];
  /** Sent with the reason. */
  body?: Record<string, unknown>;
  variant?: ButtonVariant;
  /** Where to go after success (default: reload this page's data). */
  redirectTo?: string;
  /** A full page load after success: needed when the call swapped the session cookie. */
  hardRedirect?: boolean;
};

/**
 * An admin action that asks why before it acts: every /platform write needs a reason, which the
 * audit row keeps. Opens a small inline form; Escape or Cancel closes it.
 */
export function ReasonAction({ label, path, method = "POST", body, variant = "secondary", redirectTo, hardRedirect }: Props) {
  const errorMessage = useErrorMessage();
  const router = useRouter();
  const t = useTranslations("admin.reasonAction");
  // English names the action mid-sentence in lower case; German capitalizes the nominalized verb.
  const action = useLocale() === "en" ? label.toLowerCase() : label;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api(path, { method, body: { ...body, reason } });
      setOpen(false);
      setReason("");
      if (redirectTo && hardRedirect) window.location.assign(redirectTo);
      else if (redirectTo) router.push(redirectTo);
      else router.refresh();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button type="button" size="sm" variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && setOpen(false)} className="flex flex-wrap items-end gap-2 rounded-md border border-border p-2">
      <label htmlFor={`${id}-reason`} className="sr-only">
        {t("label", { action })}
      </label>
      <input
        id={`${id}-reason`}
        autoFocus
        required
        minLength={3}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t("placeholder", { action })}
        className="h-8 min-w-56 rounded-md border border-border bg-background px-2 text-sm"
      />
      <Button type="submit" size="sm" variant={variant} disabled={busy}>
        {busy ? t("working") : label}
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
        {t("cancel")}
      </Button>
      {error ? (
        <p role="alert" className="w-full text-sm text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
