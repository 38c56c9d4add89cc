"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { api, ApiError } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { CreatedTicket } from "@/lib/support/responses";
// The server's own limit (a pure module): the form refuses a larger file before uploading it.
import { maxScreenshotBytes } from "@/lib/support/screenshot-type";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";

const screenshotTypes = "image/png,image/jpeg,image/webp";

export type TicketFormProps = {
  /** The request id to report (a page error's digest); the user may edit it. */
  requestId?: string;
  /** The page the problem is on. @default the current page */
  url?: string;
  onCreated: (ticket: CreatedTicket) => void;
  onCancel?: () => void;
};

/**
 * The "Report a problem" form. The server adds who is reporting, from which tenant and which
 * browser; the screenshot goes up after the ticket exists, as its own request.
 */
export function TicketForm({ requestId = "", url, onCreated, onCancel }: TicketFormProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("support.form");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [reference, setReference] = useState(requestId);
  const [page] = useState(() => url ?? (typeof window === "undefined" ? "" : window.location.href));
  const [screenshot, setScreenshot] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFields({});
    if (screenshot && screenshot.size > maxScreenshotBytes) {
      setFields({ screenshot: t("screenshotTooLarge") });
      return;
    }
    setPending(true);
    try {
      const ticket = await api<CreatedTicket>("/support/tickets", {
        method: "POST",
        body: { subject, body, ...(reference.trim() ? { requestId: reference.trim() } : {}), ...(page ? { url: page.slice(0, 2000) } : {}) },
      });
      if (screenshot) await uploadScreenshot(ticket.id, screenshot).catch((caught: unknown) => setError(t("screenshotFailed", { error: errorMessage(caught) })));
      onCreated(ticket);
    } catch (caught) {
      if (caught instanceof ApiError && Object.keys(caught.fields).length > 0) setFields(caught.fields);
      else setError(errorMessage(caught));
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label={t("subject")} error={fields.subject}>
        {(control) => <Input {...control} required maxLength={200} value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field label={t("body")} error={fields.body} hint={t("bodyHint")}>
        {(control) => <Textarea {...control} required maxLength={10000} rows={5} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field label={t("requestId")} error={fields.requestId} hint={t("requestIdHint")}>
        {(control) => <Input {...control} maxLength={100} value={reference} onChange={(e) => setReference(e.target.value)} />}
      </Field>
      <Field label={t("screenshot")} error={fields.screenshot} hint={t("screenshotHint")}>
        {(control) => <Input {...control} type="file" accept={screenshotTypes} className="py-1.5" onChange={(e) => setScreenshot(e.target.files?.[0] ?? null)} />}
      </Field>
      <p className="text-xs text-muted-foreground">{t("attached")}</p>
      <div className="flex justify-end gap-2">
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {t("cancel")}
          </Button>
        ) : null}
        <Button type="submit" loading={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}

/** Sends the file as the raw body; the server checks its bytes, not this Content-Type. */
async function uploadScreenshot(ticketId: string, file: File): Promise<void> {
  const response = await fetch(`/support/tickets/${ticketId}/screenshot`, { method: "POST", body: file, headers: { "content-type": file.type || "application/octet-stream" }, credentials: "same-origin" });
  if (response.ok) return;
  const envelope = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  // The status alone, when the server sent no message: the caller words the failure.
  throw new Error(envelope.error?.message ?? `HTTP ${response.status}`);
}
