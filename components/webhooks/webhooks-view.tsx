"use client";

import Link from "next/link";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";
import { LoadMore } from "@/components/ui/load-more";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { usePagedList } from "@/components/ui/use-paged-list";
import type { CreatedEndpointResponse, EndpointResponse } from "@/lib/webhooks/responses";
import { EndpointForm, type EndpointValues } from "./endpoint-form";
import type { EventTypeOption } from "./event-picker";
import { SecretPanel } from "./secret-panel";

export type WebhooksViewProps = {
  tenantId: string;
  canManage: boolean;
  eventTypes: readonly EventTypeOption[];
};

export function EndpointStatus({ endpoint }: { endpoint: Pick<EndpointResponse, "enabled" | "disabledReason"> }) {
  if (endpoint.enabled) return <Badge className="border-success/40 text-success">enabled</Badge>;
  const why = endpoint.disabledReason === "gone" ? "answered 410" : endpoint.disabledReason === "failing" ? "failing for 5 days" : "turned off";
  return <Badge className="border-danger/40 text-danger">{`disabled: ${why}`}</Badge>;
}

/** A tenant's webhook endpoints: list them, add one (its secret is shown then), open one's log. */
export function WebhooksView({ tenantId, canManage, eventTypes }: WebhooksViewProps) {
  const base = `/tenants/${tenantId}/webhooks`;
  const list = usePagedList<EndpointResponse>(base);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedEndpointResponse | null>(null);

  async function create(values: EndpointValues) {
    setCreated(await api<CreatedEndpointResponse>(base, { method: "POST", body: values }));
    list.reload();
  }

  function close() {
    setCreating(false);
    setCreated(null);
  }

  return (
    <div className="space-y-6">
      {canManage ? (
        <div className="flex justify-end">
          <Button onClick={() => setCreating(true)}>Add endpoint</Button>
        </div>
      ) : null}
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table>
          <caption className="sr-only">Webhook endpoints</caption>
          <THead>
            <Tr>
              <Th>URL</Th>
              <Th className="hidden md:table-cell">Events</Th>
              <Th>Status</Th>
              <Th className="hidden sm:table-cell">Created</Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((endpoint) => (
              <Tr key={endpoint.id}>
                <Td className="max-w-xs">
                  <Link href={`/dashboard/webhooks/${endpoint.id}`} className="break-all font-mono text-xs font-medium underline-offset-2 hover:underline">
                    {endpoint.url}
                  </Link>
                  {endpoint.description ? <p className="text-xs text-muted-foreground">{endpoint.description}</p> : null}
                </Td>
                <Td className="hidden text-xs text-muted-foreground md:table-cell">{endpoint.events.length ? endpoint.events.join(", ") : "All events"}</Td>
                <Td>
                  <EndpointStatus endpoint={endpoint} />
                </Td>
                <Td className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{formatDate(endpoint.createdAt)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          Loading endpoints…
        </p>
      ) : (
        <EmptyState title="No webhook endpoints yet" description="Add one to receive signed events (project.created, payment.failed, …) on your own server." />
      )}
      <LoadMore list={list} />
      <Dialog open={creating} onClose={close} title={created ? "Endpoint added" : "Add a webhook endpoint"}>
        {created ? (
          <div className="space-y-4">
            <p className="text-sm">Verify each message&apos;s signature with this secret (see the docs for Node and Python snippets).</p>
            <SecretPanel secret={created.secret} note="Owners and admins can reveal it again on the endpoint's page." />
            <div className="flex justify-end gap-2">
              <Link href={`/dashboard/webhooks/${created.id}`} className="text-sm underline">
                Open its delivery log
              </Link>
              <Button onClick={close}>Done</Button>
            </div>
          </div>
        ) : creating ? (
          <EndpointForm eventTypes={eventTypes} onSubmit={create} onCancel={close} />
        ) : null}
      </Dialog>
    </div>
  );
}
