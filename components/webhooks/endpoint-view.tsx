"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";
import { formatDateTime } from "@/components/ui/format";
import { Select } from "@/components/ui/select";
import { useApi } from "@/components/ui/use-api";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { DeliveryResponse, EndpointResponse } from "@/lib/webhooks/responses";
import { DeliveryLog } from "./delivery-log";
import { SecretPanel } from "./secret-panel";
import { EndpointStatus } from "./webhooks-view";

export type EndpointViewProps = {
  tenantId: string;
  endpointId: string;
  permissions: { manage: boolean; reveal: boolean };
};

const recoverWindows = [
  { value: "1", label: "the last hour" },
  { value: "24", label: "the last 24 hours" },
  { value: "168", label: "the last 7 days" },
] as const;

/** One endpoint: its state and actions (test send, secret, enable, recover, delete) and its delivery log. */
export function EndpointView({ tenantId, endpointId, permissions }: EndpointViewProps) {
  const router = useRouter();
  const base = `/tenants/${tenantId}/webhooks/${endpointId}`;
  const endpoint = useApi<EndpointResponse>(base);
  const deliveries = usePagedList<DeliveryResponse>(`${base}/deliveries`);
  const [secret, setSecret] = useState<{ secret: string; note: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [recoverHours, setRecoverHours] = useState("24");

  async function act(name: string, run: () => Promise<string | void>) {
    setBusy(name);
    setError(null);
    setNotice(null);
    try {
      const message = await run();
      if (message) setNotice(message);
    } catch (caught) {
      setError(errorMessage(caught));
    }
    setBusy(null);
  }

  const sendTest = () =>
    act("test", async () => {
      await api(`${base}/test`, { method: "POST" });
      // The in-process runner sends within a second or two; show the log once it has.
      setTimeout(deliveries.reload, 1500);
      return "Test event queued: it shows in the log below once sent.";
    });
  const reveal = () =>
    act("reveal", async () => {
      const shown = await api<{ secret: string }>(`${base}/secret`);
      setSecret({ secret: shown.secret, note: "Revealing is recorded in the audit log." });
    });
  const rotate = () =>
    act("rotate", async () => {
      const rotated = await api<{ secret: string }>(`${base}/secret/rotate`, { method: "POST" });
      setSecret({ secret: rotated.secret, note: "The previous secret keeps signing beside this one for 24 hours." });
    });
  const toggle = (enabled: boolean) =>
    act("toggle", async () => {
      await api(base, { method: "PATCH", body: { enabled } });
      endpoint.reload();
    });
  const recover = () =>
    act("recover", async () => {
      const since = new Date(Date.now() - Number(recoverHours) * 3600_000).toISOString();
      const { count } = await api<{ count: number }>(`${base}/recover`, { method: "POST", body: { since } });
      setTimeout(deliveries.reload, 1500);
      return count === 0 ? "No failed deliveries in that window." : `${count} failed deliveries queued again.`;
    });
  const remove = () =>
    act("delete", async () => {
      await api(base, { method: "DELETE" });
      router.push("/dashboard/webhooks");
    });

  if (endpoint.error && !endpoint.data) return <Alert tone="error">{endpoint.error}</Alert>;
  const current = endpoint.data;
  if (!current) return <p className="text-sm text-muted-foreground">Loading endpoint…</p>;

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={<span className="break-all font-mono text-sm">{current.url}</span>} description={current.description ?? undefined} action={<EndpointStatus endpoint={current} />} />
        <div className="space-y-4">
          <p className="text-sm text-muted-foreground">
            {current.events.length ? `Receives ${current.events.join(", ")}.` : "Receives every event type."} Added {formatDateTime(current.createdAt)}.
          </p>
          {notice ? <Alert tone="success">{notice}</Alert> : null}
          {error ? <Alert tone="error">{error}</Alert> : null}
          {permissions.manage ? (
            <div className="flex flex-wrap gap-2">
              <Button size="sm" onClick={sendTest} loading={busy === "test"} disabled={!current.enabled}>
                Send test event
              </Button>
              {current.enabled ? (
                <Button size="sm" variant="secondary" onClick={() => toggle(false)} loading={busy === "toggle"}>
                  Disable
                </Button>
              ) : (
                <Button size="sm" variant="secondary" onClick={() => toggle(true)} loading={busy === "toggle"}>
                  Enable
                </Button>
              )}
              {permissions.reveal ? (
                <>
                  <Button size="sm" variant="secondary" onClick={reveal} loading={busy === "reveal"}>
                    Reveal secret
                  </Button>
                  <Button size="sm" variant="secondary" onClick={rotate} loading={busy === "rotate"}>
                    Rotate secret
                  </Button>
                </>
              ) : null}
              <Button size="sm" variant="danger" onClick={() => setDeleting(true)}>
                Delete
              </Button>
            </div>
          ) : null}
          {secret ? <SecretPanel secret={secret.secret} note={secret.note} /> : null}
          {permissions.manage ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <label htmlFor="recover-window">Re-send failed deliveries from</label>
              <Select id="recover-window" options={recoverWindows} value={recoverHours} onChange={(e) => setRecoverHours(e.target.value)} className="w-auto" />
              <Button size="sm" variant="secondary" onClick={recover} loading={busy === "recover"} disabled={!current.enabled}>
                Recover
              </Button>
            </div>
          ) : null}
        </div>
      </Card>
      <section className="space-y-2">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">Delivery log</h2>
          <Button size="sm" variant="ghost" onClick={deliveries.reload}>
            Refresh
          </Button>
        </div>
        <DeliveryLog base={base} list={deliveries} canReplay={permissions.manage && current.enabled} onReplayed={() => setTimeout(deliveries.reload, 1500)} />
      </section>
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title="Delete this endpoint?"
        description="Nothing more is sent to it, and its delivery log is deleted with it."
        confirmLabel="Delete endpoint"
        busy={busy === "delete"}
        error={deleting ? error : null}
        onConfirm={remove}
      />
    </div>
  );
}
