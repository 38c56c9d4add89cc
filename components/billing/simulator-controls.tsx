"use client";

import { useState, type FormEvent } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { formatDate } from "@/components/ui/format";
import { Input } from "@/components/ui/input";

/** Test card and test clock of the local payment simulator; `onChanged` refreshes the page's data. */
export function SimulatorControls({ tenantId, onChanged }: { tenantId: string; onChanged: () => void }) {
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
      setError("Enter a number of days above zero.");
      return;
    }
    void run("clock", "/billing/simulator/clock", { advanceDays }, (result) => {
      const now = (result as { now?: string }).now;
      return now ? `Test clock moved to ${formatDate(now)}.` : "Test clock moved.";
    });
  }

  return (
    <Card data-testid="payment-simulator">
      <CardHeader title="Payment simulator" description="Local test mode: no real money moves. Renewals, trial ends and grace periods happen as the test clock passes them." />
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-2">
          <p id="test-card-label" className="text-sm font-medium">
            Test card
          </p>
          <div role="group" aria-labelledby="test-card-label" className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" loading={busy === "succeed"} disabled={busy !== null} onClick={() => run("succeed", "/billing/simulator/card", { behavior: "succeed" }, () => "Test card set to succeed; payments on hold were retried.")}>
              Succeeds
            </Button>
            <Button variant="secondary" size="sm" loading={busy === "decline"} disabled={busy !== null} onClick={() => run("decline", "/billing/simulator/card", { behavior: "decline" }, () => "Test card set to decline: the next charge fails.")}>
              Declines
            </Button>
          </div>
        </div>
        <form onSubmit={advance} className="flex flex-wrap items-end gap-2" noValidate>
          <div className="w-28">
            <Field label="Days">{(control) => <Input {...control} type="number" inputMode="numeric" min={1} max={3660} value={days} onChange={(e) => setDays(e.target.value)} />}</Field>
          </div>
          <Button type="submit" loading={busy === "clock"} disabled={busy !== null}>
            Advance clock
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
