"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { AuditEntryResponse } from "@/lib/audit/responses";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { LoadMore } from "@/components/ui/load-more";
import { Select } from "@/components/ui/select";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { usePagedList } from "@/components/ui/use-paged-list";

type Filters = { action: string; actor: string; from: string; to: string };
const none: Filters = { action: "", actor: "", from: "", to: "" };

/** `/security/audit` with the filters that are set (the route takes each as optional). */
function auditPath(filters: Filters): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value.trim() !== ""));
  const text = query.toString();
  return text ? `/security/audit?${text}` : "/security/audit";
}

/** A tenant's audit log: filter by action, actor and dates, newest first, page by page. */
export function AuditLogView({ tenantId, actions }: { tenantId: string; actions: readonly string[] }) {
  const t = useTranslations("audit.view");
  const format = useFormatter();
  const [draft, setDraft] = useState<Filters>(none);
  const [applied, setApplied] = useState<Filters>(none);
  const list = usePagedList<AuditEntryResponse>(auditPath(applied), { tenantId });
  const set = (key: keyof Filters) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setApplied(draft);
  }

  return (
    <div className="space-y-6">
      <form onSubmit={apply} className="flex flex-wrap items-end gap-3" aria-label={t("filterLabel")}>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="audit-action">{t("action")}</Label>
          <Select id="audit-action" value={draft.action} onChange={set("action")} options={[{ value: "", label: t("anyAction") }, ...actions.map((a) => ({ value: a, label: a }))]} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="audit-actor">{t("actor")}</Label>
          <Input id="audit-actor" className="w-56" placeholder={t("actorPlaceholder")} value={draft.actor} onChange={set("actor")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="audit-from">{t("from")}</Label>
          <Input id="audit-from" type="date" className="w-40" value={draft.from} onChange={set("from")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="audit-to">{t("to")}</Label>
          <Input id="audit-to" type="date" className="w-40" value={draft.to} onChange={set("to")} />
        </div>
        <Button type="submit" variant="secondary">
          {t("filter")}
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setDraft(none);
            setApplied(none);
          }}
        >
          {t("clear")}
        </Button>
      </form>
      {list.error ? <Alert tone="error">{list.error}</Alert> : null}
      {list.items.length > 0 ? (
        <Table>
          <caption className="sr-only">{t("caption")}</caption>
          <THead>
            <Tr>
              <Th>{t("when")}</Th>
              <Th>{t("action")}</Th>
              <Th>{t("actor")}</Th>
              <Th>{t("target")}</Th>
              <Th>{t("ipAddress")}</Th>
            </Tr>
          </THead>
          <TBody>
            {list.items.map((entry) => (
              <Tr key={entry.id}>
                <Td className="whitespace-nowrap">{format.dateTime(new Date(entry.createdAt), "dateTime")}</Td>
                <Td>
                  <code className="text-xs">{entry.action}</code>
                </Td>
                <Td>{entry.actorName ?? entry.actorId ?? t("system")}</Td>
                <Td className="text-xs">{entry.targetType ? `${entry.targetType} ${entry.targetId ?? ""}` : "—"}</Td>
                <Td className="text-xs">{entry.ipAddress ?? "—"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : !list.loading && !list.error ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : null}
      <LoadMore list={list} />
    </div>
  );
}
