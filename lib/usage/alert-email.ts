import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { events } from "@/db/schema/jobs";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { quotaAlertData } from "./alerts";
import { usageAlertEmail } from "./emails";
import { tenantAdminContacts } from "@/lib/tenants/membership";
import type { QuotaMode } from "./meters";


export type QuotaAlertEmail = { to: string; props: { tenantName: string; meter: string; threshold: number; used: number; limit: number; mode: QuotaMode; resetsAt: string; url: string } };

/** Enqueues one `usage-alert` email. */
export async function sendUsageAlertEmail(tx: Executor, message: QuotaAlertEmail): Promise<void> {
  await sendEmail(tx, { to: message.to, template: usageAlertEmail, props: message.props });
}

/**
 * Mails the owner and admins about a `usage.quota_warning` or `usage.quota_reached` event. All the mails are enqueued in one
 * transaction: a retry of this job after a failure sends them all or none, never half twice.
 */
export async function sendQuotaAlertEmails(eventId: string, send: (tx: Executor, message: QuotaAlertEmail) => Promise<void> = sendUsageAlertEmail): Promise<number> {
  const [event] = await db.select({ data: events.data }).from(events).where(eq(events.id, eventId));
  if (!event) return 0;
  const data = quotaAlertData.parse(event.data);
  // The template formats it in each recipient's language.
  const resetsAt = new Date(data.resetsAt).toISOString();
  return db.transaction(async (tx) => {
    const contacts = await tenantAdminContacts(data.tenantId, tx);
    for (const contact of contacts) {
      await send(tx, {
        to: contact.email,
        props: { tenantName: contact.tenantName, meter: data.meter, threshold: data.threshold, used: data.used, limit: data.limit, mode: data.mode, resetsAt, url: `${appUrl}/dashboard/usage` },
      });
    }
    return contacts.length;
  });
}
