import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { events } from "@/db/schema/jobs";
import { defineJob } from "@/lib/jobs";
import { identifyTenant, track } from "./track";

/**
 * Turns other modules' domain events into product events. They are read by type name from the
 * events table, with no import of billing or api-keys: a removed module's events simply never
 * come. Each job runs after the change committed (the events table is the outbox), and writes
 * its product event and delivery job in one transaction.
 */
function subscriber(id: string, toProductEvents: (data: Record<string, unknown>, tenantId: string | null) => (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<unknown>) {
  return defineJob({
    id,
    schema: z.object({ eventId: z.string() }),
    run: async ({ eventId }) => {
      const [event] = await db.select().from(events).where(eq(events.id, eventId));
      if (!event) return;
      await db.transaction(toProductEvents(event.data, event.tenantId));
    },
  });
}

const text = (value: unknown) => (typeof value === "string" ? value : null);

/** Which product event a subscription change is: started, canceled, or changed (plan, status, renewal). */
export function subscriptionEventName(status: string | null, previousStatus: string | null): string {
  const live = (s: string | null) => s === "active" || s === "trialing";
  if (status === "cancelled" || status === "canceled" || status === "expired") return "subscription_canceled";
  if (live(status) && !live(previousStatus)) return "subscription_started";
  return "subscription_changed";
}

export const subscriptionUpdatedJob = subscriber("product-analytics.subscription-updated", (data, tenantId) => async (tx) => {
  const status = text(data.status);
  const properties = { plan: text(data.plan), interval: text(data.interval), status, previous_status: text(data.previousStatus), cancel_at_period_end: data.cancelAtPeriodEnd === true };
  await track(tx, { name: subscriptionEventName(status, text(data.previousStatus)), tenantId, properties });
  if (tenantId) await identifyTenant(tx, tenantId, { plan: text(data.plan), billing_status: status, interval: text(data.interval) });
});

export const paymentFailedJob = subscriber("product-analytics.payment-failed", (data, tenantId) => (tx) =>
  track(tx, { name: "payment_failed", tenantId, properties: { kind: text(data.kind), amount: typeof data.amount === "number" ? data.amount : null, currency: text(data.currency) } }),
);

export const apiKeyCreatedJob = subscriber("product-analytics.api-key-created", (data, tenantId) => (tx) =>
  track(tx, { name: "api_key_created", userId: text(data.createdBy), tenantId, properties: { environment: text(data.environment), scopes: Array.isArray(data.scopes) ? data.scopes.length : 0 } }),
);

export const onboardingCompletedJob = subscriber("product-analytics.onboarding-completed", (data, tenantId) => (tx) =>
  track(tx, { name: "onboarding_completed", userId: text(data.userId), tenantId, properties: { steps: Array.isArray(data.steps) ? data.steps.length : 0 } }),
);
