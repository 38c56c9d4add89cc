import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { billingCustomers } from "@/db/schema/billing";
import { events } from "@/db/schema/jobs";
import { defineJob } from "@/lib/jobs/define";
import { billingProvider } from "./providers";

/**
 * The overage fee an event announces (`usage.overage_recorded`, emitted by the usage module when
 * it closes a period). Billing reads the event, not the usage module: it does not import usage,
 * and without usage nothing is emitted.
 */
export const overageFeeEvent = z.object({
  tenantId: z.string(),
  meter: z.string(),
  quantity: z.number().int().positive(),
  periodEnd: z.iso.datetime(),
  reportEventId: z.string(),
});

/**
 * Reports one overage fee to the payment provider, keyed by the fee's event id, so a retry (or a
 * crash after the provider accepted it) reports it once. A tenant without a billing customer, or
 * a provider that is down, fails the job: it retries with backoff and lands in the admin panel's
 * dead letter when it cannot succeed, so no fee goes unbilled silently.
 */
export async function reportOverageFee(eventId: string): Promise<void> {
  const [event] = await db.select({ data: events.data }).from(events).where(eq(events.id, eventId));
  if (!event) throw new Error(`No event ${eventId}.`);
  const fee = overageFeeEvent.parse(event.data);
  const provider = billingProvider();
  const [customer] = await db
    .select({ customerId: billingCustomers.customerId })
    .from(billingCustomers)
    .where(and(eq(billingCustomers.tenantId, fee.tenantId), eq(billingCustomers.provider, provider.name)));
  if (!customer) throw new Error(`Tenant ${fee.tenantId} has no ${provider.name} customer to bill ${fee.quantity} ${fee.meter} of overage to.`);
  await provider.reportUsage([
    { eventId: fee.reportEventId, customerId: customer.customerId, meter: fee.meter, quantity: fee.quantity, timestamp: new Date(new Date(fee.periodEnd).getTime() - 1) },
  ]);
}

export const reportOverageJob = defineJob({
  id: "billing.report-overage",
  schema: z.object({ eventId: z.string() }),
  run: ({ eventId }) => reportOverageFee(eventId),
});
