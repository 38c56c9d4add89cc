import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { getTicketForStaff, listSupportStaff } from "@/lib/support";
import { PageHeader } from "@/components/ui/page-header";
import { ReplyForm } from "../reply-form";
import { TicketDetails } from "../ticket-details";
import { TicketThread } from "../ticket-thread";
import { TicketControls } from "./ticket-controls";

/** One ticket for the support team: what was captured, the thread, status, assignee and a reply. */
export async function StaffTicketView({ ticketId }: { ticketId: string }) {
  const ticket = await getTicketForStaff(ticketId).catch((error: unknown) => (error instanceof DomainError && error.code === "not_found" ? null : Promise.reject(error)));
  if (!ticket) notFound();
  const [staff, t] = await Promise.all([listSupportStaff(), getTranslations("support.staffTicket")]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={ticket.subject}
        action={
          <Link href="/admin/support" className="text-sm underline">
            {t("inbox")}
          </Link>
        }
      />
      {/* Keyed by the saved values: a reply changes the status on the server, and the controls must show it. */}
      <TicketControls ticketId={ticket.id} status={ticket.status} assigneeId={ticket.assigneeId} staff={staff.map((s) => ({ id: s.id, label: s.name || s.email }))} />
      <TicketDetails
        ticket={ticket}
        screenshotUrl={ticket.hasScreenshot ? `/platform/support/tickets/${ticket.id}/screenshot` : null}
        extra={[
          [t("reporter"), `${ticket.reporter.name} <${ticket.reporter.email}>`],
          [t("tenant"), ticket.tenant ? `${ticket.tenant.name} (${ticket.tenant.id})` : "—"],
        ]}
      />
      <TicketThread report={ticket} messages={ticket.messages} reporterLabel={ticket.reporter.name || ticket.reporter.email} />
      <ReplyForm path={`/platform/support/tickets/${ticket.id}/replies`} label={t("replyLabel")} />
    </div>
  );
}
