"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Test card and test clock of the local payment simulator; `onChanged` refreshes the page's data. */
export function SimulatorControls({ tenantId, onChanged }: { tenantId: string; onChanged: () => void }) {
  const t = useTranslations("billing.simulator");
  const format = useFormatter();
  const [days, setDays] = useState("30");
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(key: string, path: string, body: unknown, done: (result: unknown) => string) {
    setBusy(key);
    setError(null);
    setMessage(null);
    try {
      const result = await api<unknown>(path, { method: "POST", tenantId, body });
      setMessage(done(result));
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught));
    }
    setBusy(null);
  }

  function advance(event: FormEvent) {
    event.preventDefault();
    const advanceDays = Number(days);
    if (!Number.isFinite(advanceDays) || advanceDays <= 0) {
      setError(t("daysInvalid"));
      return;
    }
    void run("clock", "/billing/simulator/clock", { advanceDays }, (result) => {
      const now = (result as { now?: string }).now;
      return now ? t("clockMovedTo", { date: format.dateTime(new Date(now), "date") }) : t("clockMoved");
    });
  }

  return (
    <Card data-testid="payment-simulator">
      <CardHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-2">
          <p id="test-card-label" className="text-sm font-medium">
            {t("testCard")}
          </p>
          <div role="group" aria-labelledby="test-card-label" className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" loading={busy === "succeed"} disabled={busy !== null} onClick={() => run("succeed", "/billing/simulator/card", { behavior: "succeed" }, () => t("cardSucceeds"))}>
              {t("succeeds")}
            </Button>
            <Button variant="secondary" size="sm" loading={busy === "decline"} disabled={busy !== null} onClick={() => run("decline", "/billing/simulator/card", { behavior: "decline" }, () => t("cardDeclines"))}>
              {t("declines")}
            </Button>
          </div>
        </div>
        <form onSubmit={advance} className="flex flex-wrap items-end gap-2" noValidate>
          <div className="w-28">
            <Field label={t("days")}>{(control) => <Input {...control} type="number" inputMode="numeric" min={1} max={3660} value={days} onChange={(e) => setDays(e.target.value)} />}</Field>
          </div>
          <Button type="submit" loading={busy === "clock"} disabled={busy !== null}>
            {t("advance")}
          </Button>
        </form>
      </div>
      <div className="mt-4 space-y-2" aria-live="polite">
        {message ? <Alert tone="success">{message}</Alert> : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
    </Card>
  );
}
