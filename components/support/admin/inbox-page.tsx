import { notFound } from "next/navigation";
import type { AdminPageProps } from "@/lib/manifest/define";
import { InboxList } from "./inbox-list";
import { StaffTicketView } from "./staff-ticket-view";

/**
 * `/admin/support` (the inbox) and `/admin/support/<ticketId>` (one ticket): the panel's catch-all
 * hands the rest of the path here. Writes go through `/platform/support/…` routes.
 */
export async function SupportInboxPage({ path, searchParams }: AdminPageProps) {
  if (path.length === 0) return <InboxList searchParams={searchParams} />;
  if (path.length === 1) return <StaffTicketView ticketId={path[0]!} />;
  notFound();
}
