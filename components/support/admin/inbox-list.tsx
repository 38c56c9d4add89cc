import Link from "next/link";
import { inboxQuery, listInbox, listSupportStaff, ticketStatuses } from "@/lib/support";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/components/ui/format";
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
  const names = new Map(staff.map((s) => [s.id, s.name || s.email]));
  const next = new URLSearchParams(Object.entries({ status: query.status, assignee: query.assignee, cursor: tickets.nextCursor ?? undefined }).flatMap(([k, v]) => (v ? [[k, v]] : [])));
  return (
    <div className="space-y-6">
      <PageHeader title="Support" description="Problems users reported. A reply emails the user and sets the ticket pending." />
      {!parsed.success ? <Alert tone="error">Unknown filter: showing every ticket.</Alert> : null}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="support-status">Status</Label>
          <Select id="support-status" name="status" defaultValue={query.status ?? ""} options={[{ value: "", label: "Any" }, ...ticketStatuses.map((s) => ({ value: s, label: s }))]} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="support-assignee">Assignee</Label>
          <Select id="support-assignee" name="assignee" defaultValue={query.assignee ?? ""} options={[{ value: "", label: "Anyone" }, { value: "none", label: "Unassigned" }, ...staff.map((s) => ({ value: s.id, label: s.name || s.email }))]} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
      </form>
      {tickets.data.length === 0 ? (
        <EmptyState title="No tickets" description="Nothing matches these filters." />
      ) : (
        <Table>
          <caption className="sr-only">Support tickets</caption>
          <THead>
            <Tr>
              <Th>Subject</Th>
              <Th>Reporter</Th>
              <Th>Status</Th>
              <Th>Assignee</Th>
              <Th>Reported</Th>
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
                <Td>{formatDate(ticket.createdAt)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
      {tickets.nextCursor ? (
        <Link href={`/admin/support?${next.toString()}`} className={buttonClass("secondary")}>
          Older tickets
        </Link>
      ) : null}
    </div>
  );
}
