"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { api, ApiError, errorMessage } from "@/lib/api-client";

export type BillingAction = "suspend" | "unsuspend" | "extend-trial" | "comp" | "end-comp";

const labels: Record<BillingAction, string> = {
  suspend: "Suspend",
  unsuspend: "Lift suspension",
  "extend-trial": "Extend trial",
  comp: "Give a complimentary plan",
  "end-comp": "End complimentary plan",
};

/** One form for the platform billing actions: pick one, give a reason (audited), send it to its route. */
export function BillingActionForm({ tenantId, available }: { tenantId: string; available: readonly BillingAction[] }) {
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

  if (!action) return <p className="text-sm text-muted-foreground">No billing action applies to this tenant&apos;s standing.</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!action) return;
    setBusy(true);
    setMessage(null);
    setFields({});
    const body = { reason, ...(action === "extend-trial" ? { days: Number(days) } : {}), ...(action === "comp" ? { plan } : {}) };
    try {
      await api(`/platform/tenants/${tenantId}/billing/${action}`, { method: "POST", body });
      setMessage({ tone: "success", text: `${labels[action]}: done.` });
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
      <Field label="Action">
        {(control) => <Select {...control} value={action} onChange={(e) => setChosen(available.find((a) => a === e.target.value))} options={available.map((a) => ({ value: a, label: labels[a] }))} />}
      </Field>
      {action === "extend-trial" ? (
        <Field label="Days" error={fields.days}>
          {(control) => <Input {...control} type="number" min={1} max={90} value={days} onChange={(e) => setDays(e.target.value)} />}
        </Field>
      ) : null}
      {action === "comp" ? (
        <Field label="Plan" error={fields.plan}>
          {(control) => <Select {...control} value={plan} onChange={(e) => setPlan(e.target.value)} options={[{ value: "starter", label: "Starter" }, { value: "pro", label: "Pro" }, { value: "enterprise", label: "Enterprise" }]} />}
        </Field>
      ) : null}
      <Field label="Reason" hint="Recorded in the audit log the tenant's owner reads." error={fields.reason}>
        {(control) => <Input {...control} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div>
        <Button type="submit" disabled={busy} variant={action === "suspend" ? "danger" : "primary"}>
          {labels[action]}
        </Button>
      </div>
    </form>
  );
}
