"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { api, ApiError, errorMessage } from "@/lib/api-client";

export type BillingAction = "suspend" | "unsuspend" | "extend-trial" | "comp" | "end-comp";

/** Each action's label under `billing.adminActions.actions` (message keys are camelCase, route segments kebab-case). */
const labelKeys: Record<BillingAction, string> = { suspend: "suspend", unsuspend: "unsuspend", "extend-trial": "extendTrial", comp: "comp", "end-comp": "endComp" };

/** One form for the platform billing actions: pick one, give a reason (audited), send it to its route. */
export function BillingActionForm({ tenantId, available }: { tenantId: string; available: readonly BillingAction[] }) {
  const t = useTranslations("billing.adminActions");
  const router = useRouter();
  const [chosen, setChosen] = useState<BillingAction | undefined>(available[0]);
  // After an action the page re-renders with the actions the new standing allows: a choice no longer among them falls back to the first.
  const action = chosen && available.includes(chosen) ? chosen : available[0];
  const [reason, setReason] = useState("");
  const [days, setDays] = useState("7");
  const [plan, setPlan] = useState("pro");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (!action) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  const label = (a: BillingAction) => t(`actions.${labelKeys[a]}`);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!action) return;
    setBusy(true);
    setMessage(null);
    setFields({});
    const body = { reason, ...(action === "extend-trial" ? { days: Number(days) } : {}), ...(action === "comp" ? { plan } : {}) };
    try {
      await api(`/platform/tenants/${tenantId}/billing/${action}`, { method: "POST", body });
      setMessage({ tone: "success", text: t("done", { action: label(action) }) });
      setReason("");
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError) setFields(error.fields);
      setMessage({ tone: "error", text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex max-w-md flex-col gap-3" data-testid="admin-billing-actions">
      <Field label={t("action")}>
        {(control) => <Select {...control} value={action} onChange={(e) => setChosen(available.find((a) => a === e.target.value))} options={available.map((a) => ({ value: a, label: label(a) }))} />}
      </Field>
      {action === "extend-trial" ? (
        <Field label={t("days")} error={fields.days}>
          {(control) => <Input {...control} type="number" min={1} max={90} value={days} onChange={(e) => setDays(e.target.value)} />}
        </Field>
      ) : null}
      {action === "comp" ? (
        <Field label={t("plan")} error={fields.plan}>
          {(control) => <Select {...control} value={plan} onChange={(e) => setPlan(e.target.value)} options={[{ value: "starter", label: "Starter" }, { value: "pro", label: "Pro" }, { value: "enterprise", label: "Enterprise" }]} />}
        </Field>
      ) : null}
      <Field label={t("reason")} hint={t("reasonHint")} error={fields.reason}>
        {(control) => <Input {...control} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div>
        <Button type="submit" disabled={busy} variant={action === "suspend" ? "danger" : "primary"}>
          {label(action)}
        </Button>
      </div>
    </form>
  );
}
