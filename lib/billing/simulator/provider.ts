import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { invoices, simulatorSubscriptions, simulatorUsageReports } from "@/db/schema/billing";
import { appUrl } from "@/lib/auth/config";
import { productFromId } from "../plans";
import type { BillingProvider } from "../providers/types";
import { tenantNow } from "./clock";
import { deliverSimulatorEvents } from "./deliver";
import { subscriptionEvent } from "./payloads";
import { verifySimulatorWebhook } from "./signing";

/**
 * The local payment provider: a hosted checkout page in this app, subscriptions kept in its own
 * table, and signed Dodo-shaped webhooks for every change — so the offline path runs through the
 * same inbox, normalizer and state machine as Dodo does.
 */
export function simulatorProvider(): BillingProvider {
  return {
    name: "simulator",
    async createCheckout(request) {
      return { url: `${appUrl}/billing/simulator/checkout/${request.checkoutId}`, providerCheckoutId: request.checkoutId };
    },
    async changePlan({ providerSubscriptionId, productId }) {
      const sub = await load(providerSubscriptionId);
      if (!productFromId(productId)) throw new Error(`unknown simulator product ${productId}`);
      const [updated] = await db.update(simulatorSubscriptions).set({ productId }).where(eq(simulatorSubscriptions.id, sub.id)).returning();
      const now = await tenantNow(sub.tenantId);
      await deliverSimulatorEvents([subscriptionEvent("subscription.plan_changed", updated!, now)]);
    },
    async cancel({ providerSubscriptionId, atPeriodEnd }) {
      const sub = await load(providerSubscriptionId);
      const [updated] = await db
        .update(simulatorSubscriptions)
        .set(atPeriodEnd ? { cancelAtNextBillingDate: true } : { status: "cancelled" })
        .where(eq(simulatorSubscriptions.id, sub.id))
        .returning();
      const now = await tenantNow(sub.tenantId);
      await deliverSimulatorEvents([subscriptionEvent(atPeriodEnd ? "subscription.updated" : "subscription.cancelled", updated!, now)]);
    },
    async resume({ providerSubscriptionId }) {
      const sub = await load(providerSubscriptionId);
      const [updated] = await db.update(simulatorSubscriptions).set({ cancelAtNextBillingDate: false }).where(eq(simulatorSubscriptions.id, sub.id)).returning();
      await deliverSimulatorEvents([subscriptionEvent("subscription.updated", updated!, await tenantNow(sub.tenantId))]);
    },
    async portalUrl() {
      return `${appUrl}/billing/simulator/portal`;
    },
    async listInvoices({ tenantId }) {
      const rows = await db.select().from(invoices).where(and(eq(invoices.tenantId, tenantId), eq(invoices.provider, "simulator"))).orderBy(desc(invoices.occurredAt)).limit(50);
      return rows.map((row) => ({ providerPaymentId: row.providerPaymentId, amount: row.amount, currency: row.currency, status: row.status === "paid" ? "paid" : "failed", createdAt: row.occurredAt, url: row.url }));
    },
    async reportUsage(events) {
      if (events.length === 0) return { accepted: 0 };
      const rows = await db
        .insert(simulatorUsageReports)
        .values(events.map((e) => ({ eventId: e.eventId, customerId: e.customerId, meter: e.meter, quantity: e.quantity, occurredAt: e.timestamp })))
        .onConflictDoNothing()
        .returning({ eventId: simulatorUsageReports.eventId });
      return { accepted: rows.length };
    },
    verifyWebhook: verifySimulatorWebhook,
  };
}

async function load(id: string) {
  const [sub] = await db.select().from(simulatorSubscriptions).where(eq(simulatorSubscriptions.id, id));
  if (!sub) throw new Error(`no simulator subscription ${id}`);
  return sub;
}

