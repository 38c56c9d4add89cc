"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { api, errorMessage } from "@/lib/api-client";

/**
 * Grants (positive) or deducts (negative) credits through `POST /platform/tenants/:id/credits`.
 * One idempotency key per form fill: a double click or a retried request counts once.
 */
export function AdjustCreditsForm({ tenantId }: { tenantId: string }) {
  const t = useTranslations("credits.admin.adjust");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const key = useRef(crypto.randomUUID());
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const result = await api<{ balance: number; duplicate: boolean }>(`/platform/tenants/${tenantId}/credits`, {
        method: "POST",
        body: { amount: Number(amount), reason, idempotencyKey: key.current },
      });
      key.current = crypto.randomUUID();
      setAmount("");
      setReason("");
      setMessage({ tone: "ok", text: t(result.duplicate ? "alreadyApplied" : "adjusted", { balance: format.number(result.balance) }) });
      router.refresh();
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-2 text-sm">
      <label htmlFor={`${id}-amount`} className="flex flex-col gap-1">
        {t("amount")}
        <input id={`${id}-amount`} type="number" step={1} required value={amount} onChange={(e) => setAmount(e.target.value)} className="h-9 w-36 rounded-md border border-border bg-background px-2" />
      </label>
      <label htmlFor={`${id}-reason`} className="flex flex-col gap-1">
        {t("reason")}
        <input id={`${id}-reason`} required minLength={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} className="h-9 w-72 rounded-md border border-border bg-background px-2" />
      </label>
      <Button type="submit" size="sm" disabled={busy}>{busy ? t("adjusting") : t("submit")}</Button>
      {message ? <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "w-full text-danger" : "w-full"}>{message.text}</p> : null}
    </form>
  );
}
