"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadMore } from "@/components/ui/load-more";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { PagedList } from "@/components/ui/use-paged-list";
import type { DeliveryDetailResponse, DeliveryResponse } from "@/lib/webhooks/responses";

const tones: Record<DeliveryResponse["status"], string> = {
  succeeded: "border-success/40 text-success",
  failed: "border-danger/40 text-danger",
  pending: "text-muted-foreground",
  sending: "text-muted-foreground",
};

/** The endpoint's deliveries, newest first; open one to see the request, every answer, and replay it. */
export function DeliveryLog({ base, list, canReplay, onReplayed }: { base: string; list: PagedList<DeliveryResponse>; canReplay: boolean; onReplayed: () => void }) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const dateTime = (value: string) => format.dateTime(new Date(value), "dateTime");
  const [open, setOpen] = useState<DeliveryDetailResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function show(delivery: DeliveryResponse) {
    setError(null);
    try {
      setOpen(await api<DeliveryDetailResponse>(`${base}/deliveries/${delivery.id}`));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  async function replay(delivery: DeliveryDetailResponse) {
    setBusy(true);
    setError(null);
    try {
      await api(`${base}/deliveries/${delivery.id}/replay`, { method: "POST" });
      setOpen(null);
      onReplayed();
    } catch (caught) {
      setError(errorMessage(caught));
    }
    setBusy(false);
  }

  return (
    <div className="space-y-3">
      {error && !open ? <Alert tone="error">{error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table>
          <caption className="sr-only">{t("deliveries.caption")}</caption>
          <THead>
            <Tr>
              <Th>{t("deliveries.event")}</Th>
              <Th>{t("deliveries.status")}</Th>
              <Th className="hidden sm:table-cell">{t("deliveries.attempts")}</Th>
              <Th className="hidden sm:table-cell">{t("deliveries.answer")}</Th>
              <Th>{t("deliveries.created")}</Th>
              <Th>
                <span className="sr-only">{t("deliveries.actions")}</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((delivery) => (
              <Tr key={delivery.id} data-testid="webhook-delivery">
                <Td className="font-mono text-xs">{delivery.eventType}</Td>
                <Td>
                  {/* A pending delivery that has been tried is waiting for its next attempt. */}
                  <Badge className={tones[delivery.status]} title={delivery.nextAttemptAt ? t("deliveries.nextAttempt", { at: dateTime(delivery.nextAttemptAt) }) : undefined}>
                    {delivery.status === "pending" && delivery.attempt > 0 ? t("deliveryStatus.retrying") : t(`deliveryStatus.${delivery.status}`)}
                  </Badge>
                </Td>
                <Td className="hidden sm:table-cell">{delivery.attempt}</Td>
                <Td className="hidden font-mono text-xs sm:table-cell">{delivery.responseStatus ?? (delivery.lastError ? t("deliveries.noAnswer") : "—")}</Td>
                <Td className="whitespace-nowrap text-muted-foreground">{dateTime(delivery.createdAt)}</Td>
                <Td className="text-right">
                  <Button size="sm" variant="ghost" onClick={() => show(delivery)} aria-label={t("deliveries.detailsOf", { event: delivery.eventType })}>
                    {t("deliveries.details")}
                  </Button>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("deliveries.loading")}
        </p>
      ) : (
        <EmptyState title={t("deliveries.emptyTitle")} description={t("deliveries.emptyDescription")} />
      )}
      <LoadMore list={list} size="sm" />
      <Dialog open={open !== null} onClose={() => setOpen(null)} title={open ? `${open.eventType} · ${t(`deliveryStatus.${open.status}`)}` : t("deliveries.delivery")} description={open ? `webhook-id ${open.messageId}` : undefined}>
        {open ? (
          <div className="space-y-4">
            {error ? <Alert tone="error">{error}</Alert> : null}
            <section>
              <h3 className="mb-1 text-sm font-medium">{t("deliveries.requestBody")}</h3>
              {/* Focusable: a scrolling region must be reachable by keyboard. */}
              <pre tabIndex={0} aria-label={t("deliveries.requestBody")} className="max-h-48 overflow-auto rounded-md border border-border bg-muted p-2 font-mono text-xs">
                {JSON.stringify(open.payload, null, 2)}
              </pre>
            </section>
            <section>
              <h3 className="mb-1 text-sm font-medium">{t("deliveries.attempts")}</h3>
              <ol className="space-y-2">
                {open.attempts.map((attempt) => (
                  <li key={attempt.attempt} className="rounded-md border border-border p-2 text-xs">
                    <p>
                      <span className="font-medium">{`#${attempt.attempt}`}</span> · {dateTime(attempt.createdAt)} · {attempt.responseStatus ?? t("deliveries.noAnswer")} · {t("deliveries.duration", { ms: attempt.durationMs })}
                      {attempt.nextAttemptAt ? ` · ${t("deliveries.nextTry", { at: dateTime(attempt.nextAttemptAt) })}` : ""}
                    </p>
                    {attempt.error ? <p className="text-danger">{attempt.error}</p> : null}
                    {attempt.responseBody ? (
                      <pre tabIndex={0} aria-label={t("deliveries.responseBodyOf", { attempt: attempt.attempt })} className="mt-1 max-h-24 overflow-auto whitespace-pre-wrap break-all bg-muted p-1 font-mono">
                        {attempt.responseBody}
                      </pre>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(null)}>
                {t("deliveries.close")}
              </Button>
              {canReplay ? (
                <Button loading={busy} onClick={() => replay(open)}>
                  {t("deliveries.replay")}
                </Button>
              ) : null}
            </div>
          </div>
        ) : null}
      </Dialog>
    </div>
  );
}
