import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { inboxQuery, listInbox, listSupportStaff, ticketStatuses } from "@/lib/support";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { TicketStatus } from "../ticket-status";

/** The inbox: every user's tickets, newest first, filtered by status and assignee (a plain GET form). */
export async function InboxList({ searchParams }: { searchParams: Readonly<Record<string, string | undefined>> }) {
  const parsed = inboxQuery.safeParse({ ...searchParams, status: searchParams.status || undefined, assignee: searchParams.assignee || undefined });
  const query = parsed.success ? parsed.data : inboxQuery.parse({});
  const [tickets, staff] = await Promise.all([listInbox(query), listSupportStaff()]);
  const [t, ts, format] = await Promise.all([getTranslations("support.inbox"), getTranslations("support.status.staff"), getFormatter()]);
  const names = new Map(staff.map((s) => [s.id, s.name || s.email]));
  const next = new URLSearchParams(Object.entries({ status: query.status, assignee: query.assignee, cursor: tickets.nextCursor ?? undefined }).flatMap(([k, v]) => (v ? [[k, v]] : [])));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {!parsed.success ? <Alert tone="error">{t("unknownFilter")}</Alert> : null}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="support-status">{t("status")}</Label>
          <Select id="support-status" name="status" defaultValue={query.status ?? ""} options={[{ value: "", label: t("anyStatus") }, ...ticketStatuses.map((s) => ({ value: s, label: ts(s) }))]} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="support-assignee">{t("assignee")}</Label>
          <Select id="support-assignee" name="assignee" defaultValue={query.assignee ?? ""} options={[{ value: "", label: t("anyone") }, { value: "none", label: t("unassigned") }, ...staff.map((s) => ({ value: s.id, label: s.name || s.email }))]} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {t("filter")}
        </button>
      </form>
      {tickets.data.length === 0 ? (
        <EmptyState title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <Table>
          <caption className="sr-only">{t("caption")}</caption>
          <THead>
            <Tr>
              <Th>{t("subject")}</Th>
              <Th>{t("reporter")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("assignee")}</Th>
              <Th>{t("reported")}</Th>
            </Tr>
          </THead>
          <TBody>
            {tickets.data.map((ticket) => (
              <Tr key={ticket.id}>
                <Td>
                  <Link href={`/admin/support/${ticket.id}`} className="font-medium underline underline-offset-4">
                    {ticket.subject}
                  </Link>
                </Td>
                <Td>{ticket.reporterEmail}</Td>
                <Td>
                  <TicketStatus status={ticket.status} audience="staff" />
                </Td>
                <Td>{ticket.assigneeId ? (names.get(ticket.assigneeId) ?? ticket.assigneeId) : "—"}</Td>
                <Td>{format.dateTime(ticket.createdAt, "date")}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {tickets.nextCursor ? (
        <Link href={`/admin/support?${next.toString()}`} className={buttonClass("secondary")}>
          {t("older")}
        </Link>
      ) : null}
    </div>
  );
}
