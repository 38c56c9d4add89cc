import { and, desc, eq, notInArray } from "drizzle-orm";
import { z } from "zod";
import { db, type Executor } from "@/db/client";
import { subscriptions } from "@/db/schema/billing";
import { enqueue } from "@/lib/jobs";
import { defineJob } from "@/lib/jobs";
import { logger } from "@/lib/observability";
import { billingProvider } from "./providers";
import { terminalStatuses } from "./events";

/**
 * A deleted tenant is never charged again: its live subscription is canceled at the provider at
 * once (not at the period's end). A job, enqueued in the deleting transaction, does the call, so a
 * provider outage retries instead of failing the deletion or being forgotten. Canceling an already
 * canceled subscription is a no-op at both providers, so a retry is safe.
 */
export const cancelDeletedTenantSubscriptionJob = defineJob({
  id: "billing.cancel-deleted-tenant",
  schema: z.object({ tenantId: z.string() }),
  run: async ({ tenantId }) => cancelLiveSubscription(tenantId),
});

/**
 * Cancels the tenant's live subscription at the provider now, if it has one: the deletion job's
 * work, and billing's `beforeTenantPurge` (the purge erases the subscription's row only after the
 * provider has stopped charging). A provider failure throws, so either retries.
 */
export async function cancelLiveSubscription(tenantId: string): Promise<void> {
  const [sub] = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.tenantId, tenantId), notInArray(subscriptions.status, [...terminalStatuses])))
    .orderBy(desc(subscriptions.createdAt));
  if (!sub) return;
  await billingProvider().cancel({
    providerSubscriptionId: sub.providerSubscriptionId,
    reason: "other",
    comment: "tenant deleted",
    atPeriodEnd: false,
  });
  await db.update(subscriptions).set({ cancelReason: "other", cancelComment: "tenant deleted" }).where(eq(subscriptions.id, sub.id));
  logger.info("billing: canceled the subscription of a deleted tenant", {
    tenantId,
    subscriptionId: sub.id,
  });
}

/** The billing module's `onTenantDeleted`. */
export async function cancelOnTenantDeleted(tx: Executor, tenant: { id: string }): Promise<void> {
  await enqueue(tx, cancelDeletedTenantSubscriptionJob, { tenantId: tenant.id }, { idempotencyKey: `billing:cancel-deleted-tenant:${tenant.id}` });
}
