"use client";

import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/components/ui/format";
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
          <caption className="sr-only">Deliveries</caption>
          <THead>
            <Tr>
              <Th>Event</Th>
              <Th>Status</Th>
              <Th className="hidden sm:table-cell">Attempts</Th>
              <Th className="hidden sm:table-cell">Answer</Th>
              <Th>Created</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((delivery) => (
              <Tr key={delivery.id} data-testid="webhook-delivery">
                <Td className="font-mono text-xs">{delivery.eventType}</Td>
                <Td>
                  {/* A pending delivery that has been tried is waiting for its next attempt. */}
                  <Badge className={tones[delivery.status]} title={delivery.nextAttemptAt ? `Next attempt ${formatDateTime(delivery.nextAttemptAt)}` : undefined}>
                    {delivery.status === "pending" && delivery.attempt > 0 ? "retrying" : delivery.status}
                  </Badge>
                </Td>
                <Td className="hidden sm:table-cell">{delivery.attempt}</Td>
                <Td className="hidden font-mono text-xs sm:table-cell">{delivery.responseStatus ?? (delivery.lastError ? "no answer" : "—")}</Td>
                <Td className="whitespace-nowrap text-muted-foreground">{formatDateTime(delivery.createdAt)}</Td>
                <Td className="text-right">
                  <Button size="sm" variant="ghost" onClick={() => show(delivery)} aria-label={`Details of ${delivery.eventType} delivery`}>
                    Details
                  </Button>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          Loading deliveries…
        </p>
      ) : (
        <EmptyState title="No deliveries yet" description="Events of your tenant show here as they are sent. Try “Send test event”." />
      )}
      <LoadMore list={list} size="sm" />
      <Dialog open={open !== null} onClose={() => setOpen(null)} title={open ? `${open.eventType} · ${open.status}` : "Delivery"} description={open ? `webhook-id ${open.messageId}` : undefined}>
        {open ? (
          <div className="space-y-4">
            {error ? <Alert tone="error">{error}</Alert> : null}
            <section>
              <h3 className="mb-1 text-sm font-medium">Request body</h3>
              {/* Focusable: a scrolling region must be reachable by keyboard. */}
              <pre tabIndex={0} aria-label="Request body" className="max-h-48 overflow-auto rounded-md border border-border bg-muted p-2 font-mono text-xs">
                {JSON.stringify(open.payload, null, 2)}
              </pre>
            </section>
            <section>
              <h3 className="mb-1 text-sm font-medium">Attempts</h3>
              <ol className="space-y-2">
                {open.attempts.map((attempt) => (
                  <li key={attempt.attempt} className="rounded-md border border-border p-2 text-xs">
                    <p>
                      <span className="font-medium">#{attempt.attempt}</span> · {formatDateTime(attempt.createdAt)} · {attempt.responseStatus ?? "no answer"} · {attempt.durationMs} ms
                      {attempt.nextAttemptAt ? ` · next try ${formatDateTime(attempt.nextAttemptAt)}` : ""}
                    </p>
                    {attempt.error ? <p className="text-danger">{attempt.error}</p> : null}
                    {attempt.responseBody ? (
                      <pre tabIndex={0} aria-label={`Response body of attempt ${attempt.attempt}`} className="mt-1 max-h-24 overflow-auto whitespace-pre-wrap break-all bg-muted p-1 font-mono">
                        {attempt.responseBody}
                      </pre>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(null)}>
                Close
              </Button>
              {canReplay ? (
                <Button loading={busy} onClick={() => replay(open)}>
                  Replay
                </Button>
              ) : null}
            </div>
          </div>
        ) : null}
      </Dialog>
    </div>
  );
}
