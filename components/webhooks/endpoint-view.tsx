"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/dialog";
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

/** The recovery windows offered, in hours. */
const recoverWindows = ["1", "24", "168"] as const;

/** One endpoint: its state and actions (test send, secret, enable, recover, delete) and its delivery log. */
export function EndpointView({ tenantId, endpointId, permissions }: EndpointViewProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("webhooks.endpoint");
  const format = useFormatter();
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
      return t("testQueued");
    });
  const reveal = () =>
    act("reveal", async () => {
      const shown = await api<{ secret: string }>(`${base}/secret`);
      setSecret({ secret: shown.secret, note: t("revealRecorded") });
    });
  const rotate = () =>
    act("rotate", async () => {
      const rotated = await api<{ secret: string }>(`${base}/secret/rotate`, { method: "POST" });
      setSecret({ secret: rotated.secret, note: t("rotatedNote") });
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
      return count === 0 ? t("recoverNone") : t("recoverQueued", { count });
    });
  const remove = () =>
    act("delete", async () => {
      await api(base, { method: "DELETE" });
      router.push("/dashboard/webhooks");
    });

  if (endpoint.error && !endpoint.data) return <Alert tone="error">{endpoint.error}</Alert>;
  const current = endpoint.data;
  if (!current) return <p className="text-sm text-muted-foreground">{t("loading")}</p>;

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={<span className="break-all font-mono text-sm">{current.url}</span>} description={current.description ?? undefined} action={<EndpointStatus endpoint={current} />} />
        <div className="space-y-4">
          <p className="text-sm text-muted-foreground">
            {current.events.length ? t("receives", { events: current.events.join(", ") }) : t("receivesAll")} {t("added", { at: format.dateTime(new Date(current.createdAt), "dateTime") })}
          </p>
          {notice ? <Alert tone="success">{notice}</Alert> : null}
          {error ? <Alert tone="error">{error}</Alert> : null}
          {permissions.manage ? (
            <div className="flex flex-wrap gap-2">
              <Button size="sm" onClick={sendTest} loading={busy === "test"} disabled={!current.enabled}>
                {t("sendTest")}
              </Button>
              {current.enabled ? (
                <Button size="sm" variant="secondary" onClick={() => toggle(false)} loading={busy === "toggle"}>
                  {t("disable")}
                </Button>
              ) : (
                <Button size="sm" variant="secondary" onClick={() => toggle(true)} loading={busy === "toggle"}>
                  {t("enable")}
                </Button>
              )}
              {permissions.reveal ? (
                <>
                  <Button size="sm" variant="secondary" onClick={reveal} loading={busy === "reveal"}>
                    {t("reveal")}
                  </Button>
                  <Button size="sm" variant="secondary" onClick={rotate} loading={busy === "rotate"}>
                    {t("rotate")}
                  </Button>
                </>
              ) : null}
              <Button size="sm" variant="danger" onClick={() => setDeleting(true)}>
                {t("delete")}
              </Button>
            </div>
          ) : null}
          {secret ? <SecretPanel secret={secret.secret} note={secret.note} /> : null}
          {permissions.manage ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <label htmlFor="recover-window">{t("recoverFrom")}</label>
              <Select id="recover-window" options={recoverWindows.map((hours) => ({ value: hours, label: t(`recoverWindow.h${hours}`) }))} value={recoverHours} onChange={(e) => setRecoverHours(e.target.value)} className="w-auto" />
              <Button size="sm" variant="secondary" onClick={recover} loading={busy === "recover"} disabled={!current.enabled}>
                {t("recover")}
              </Button>
            </div>
          ) : null}
        </div>
      </Card>
      <section className="space-y-2">
        <div className="flex items-center justify-between">
          <h2 className="text-lg font-semibold">{t("deliveryLog")}</h2>
          <Button size="sm" variant="ghost" onClick={deliveries.reload}>
            {t("refresh")}
          </Button>
        </div>
        <DeliveryLog base={base} list={deliveries} canReplay={permissions.manage && current.enabled} onReplayed={() => setTimeout(deliveries.reload, 1500)} />
      </section>
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={t("deleteTitle")}
        description={t("deleteDescription")}
        confirmLabel={t("deleteConfirm")}
        busy={busy === "delete"}
        error={deleting ? error : null}
        onConfirm={remove}
      />
    </div>
  );
}
