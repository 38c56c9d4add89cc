"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
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
  const t = useTranslations("webhooks.status");
  if (endpoint.enabled) return <Badge className="border-success/40 text-success">{t("enabled")}</Badge>;
  const why = endpoint.disabledReason === "gone" ? t("gone") : endpoint.disabledReason === "failing" ? t("failing") : t("turnedOff");
  return <Badge className="border-danger/40 text-danger">{t("disabled", { why })}</Badge>;
}

/** A tenant's webhook endpoints: list them, add one (its secret is shown then), open one's log. */
export function WebhooksView({ tenantId, canManage, eventTypes }: WebhooksViewProps) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
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
          <Button onClick={() => setCreating(true)}>{t("form.submit")}</Button>
        </div>
      ) : null}
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table stack>
          <caption className="sr-only">{t("endpoints.caption")}</caption>
          <THead>
            <Tr>
              <Th>{t("endpoints.url")}</Th>
              <Th className="hidden md:table-cell">{t("endpoints.events")}</Th>
              <Th>{t("endpoints.status")}</Th>
              <Th className="hidden sm:table-cell">{t("endpoints.created")}</Th>
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
                <Td className="hidden text-xs text-muted-foreground md:table-cell">{endpoint.events.length ? endpoint.events.join(", ") : t("endpoints.allEvents")}</Td>
                <Td>
                  <EndpointStatus endpoint={endpoint} />
                </Td>
                <Td className="hidden whitespace-nowrap text-muted-foreground sm:table-cell">{format.dateTime(new Date(endpoint.createdAt), "date")}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : list.loading ? (
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("endpoints.loading")}
        </p>
      ) : (
        <EmptyState title={t("endpoints.emptyTitle")} description={t("endpoints.emptyDescription")} />
      )}
      <LoadMore list={list} />
      <Dialog open={creating} onClose={close} title={created ? t("endpoints.added") : t("endpoints.addTitle")}>
        {created ? (
          <div className="space-y-4">
            <p className="text-sm">{t("endpoints.verify")}</p>
            <SecretPanel secret={created.secret} note={t("endpoints.revealAgain")} />
            <div className="flex justify-end gap-2">
              <Link href={`/dashboard/webhooks/${created.id}`} className="text-sm underline">
                {t("endpoints.openLog")}
              </Link>
              <Button onClick={close}>{t("endpoints.done")}</Button>
            </div>
          </div>
        ) : creating ? (
          <EndpointForm eventTypes={eventTypes} onSubmit={create} onCancel={close} />
        ) : null}
      </Dialog>
    </div>
  );
}
