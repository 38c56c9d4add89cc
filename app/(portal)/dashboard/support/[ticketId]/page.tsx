import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ReplyForm } from "@/components/support/reply-form";
import { TicketDetails } from "@/components/support/ticket-details";
import { TicketStatus } from "@/components/support/ticket-status";
import { TicketThread } from "@/components/support/ticket-thread";
import { PageHeader } from "@/components/ui/page-header";
import { DomainError } from "@/lib/errors";
import { getMyTicket } from "@/lib/support";
import { loadDashboard } from "../../_lib/load-dashboard";

export async function generateMetadata() {
  const t = await getTranslations("support.ticket");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function SupportTicketPage({ params }: { params: Promise<{ ticketId: string }> }) {
  const { ticketId } = await params;
  const { user } = await loadDashboard(`/dashboard/support/${ticketId}`);
  // Another user's ticket is as missing as an unknown one.
  const ticket = await getMyTicket({ userId: user.id }, ticketId).catch((error: unknown) => (error instanceof DomainError && error.code === "not_found" ? null : Promise.reject(error)));
  if (!ticket) notFound();
  const t = await getTranslations("support.ticket");
  return (
    <div className="space-y-6">
      <PageHeader
        title={ticket.subject}
        action={
          <Link href="/dashboard/support" className="text-sm underline">
            {t("allTickets")}
          </Link>
        }
      />
      <div className="flex items-center gap-2 text-sm">
        {t("status")} <TicketStatus status={ticket.status} />
      </div>
      <TicketDetails ticket={ticket} screenshotUrl={ticket.hasScreenshot ? `/support/tickets/${ticket.id}/screenshot` : null} />
      <TicketThread report={ticket} messages={ticket.messages} />
      <ReplyForm path={`/support/tickets/${ticket.id}/messages`} label={t("replyLabel")} />
    </div>
  );
}
