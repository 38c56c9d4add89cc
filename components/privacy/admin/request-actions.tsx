"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/api-client";
import { Button } from "@/components/ui/button";
import { useErrorMessage } from "@/components/ui/use-error-message";

/**
 * Hold (with a reason) or release a deletion, through the platform routes
 * (`POST /platform/privacy/requests/{id}/hold|release`), which check the platform role and the
 * second factor and audit the change; then the server-rendered table again.
 */
export function RequestActions({ requestId, status }: { requestId: string; status: "scheduled" | "held" }) {
  const t = useTranslations("privacy.admin");
  const fallback = useErrorMessage();
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const describe = (caught: unknown) => (caught instanceof ApiError && caught.status === 409 ? t("changed") : fallback(caught));

  async function call(action: "hold" | "release", body?: { reason: string }) {
    setBusy(true);
    setError(null);
    try {
      await api(`/platform/privacy/requests/${encodeURIComponent(requestId)}/${action}`, { method: "POST", body });
      setOpen(false);
      setReason("");
      router.refresh();
    } catch (caught) {
      setError(describe(caught));
    }
    setBusy(false);
  }

  const failure = error ? (
    <p role="alert" className="w-full text-sm text-danger">
      {error}
    </p>
  ) : null;

  if (status === "held") {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" variant="secondary" onClick={() => void call("release")} loading={busy} aria-label={t("releaseLabel", { id: requestId })}>
          {t("release")}
        </Button>
        {failure}
      </div>
    );
  }
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} aria-label={t("holdLabel", { id: requestId })}>
        {t("hold")}
      </Button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void call("hold", { reason });
  };
  return (
    <form onSubmit={submit} onKeyDown={(e) => e.key === "Escape" && setOpen(false)} className="flex flex-wrap items-end gap-2" aria-label={t("holdLabel", { id: requestId })}>
      <label htmlFor={`${id}-reason`} className="sr-only">
        {t("reason")}
      </label>
      <input
        id={`${id}-reason`}
        autoFocus
        required
        minLength={3}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t("reasonPlaceholder")}
        className="h-8 min-w-48 flex-1 rounded-md border border-border bg-background px-2 text-sm"
      />
      <Button type="submit" size="sm" variant="danger" loading={busy}>
        {t("hold")}
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)} disabled={busy}>
        {t("cancel")}
      </Button>
      {failure}
    </form>
  );
}
