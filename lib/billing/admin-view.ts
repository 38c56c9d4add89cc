import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { billingStateChanges, invoices, subscriptions } from "@/db/schema/billing";
import { readBillingAccount } from "./account";
import { hasLiveSubscription, standing } from "./admin-actions";
import { listRefunds } from "./refunds";
import { canTransition } from "./state";

/**
 * What the admin tenant page shows of a tenant's billing (components/billing/admin). Reads only,
 * across tenants: callers are the platform admin panel, which has checked the platform role and
 * the second factor before rendering.
 */

/** The tenant's standing and its newest subscription (null: never subscribed). */
export async function adminSubscriptionView(tenantId: string) {
  const account = await readBillingAccount(db, tenantId);
  const [subscription] = await db.select().from(subscriptions).where(eq(subscriptions.tenantId, tenantId)).orderBy(desc(subscriptions.createdAt), desc(subscriptions.id)).limit(1);
  const { comped } = await standing(db, tenantId);
  return { account, comped, subscription: subscription ?? null };
}

/** The newest `limit` changes of state, plan or interval. */
export async function adminBillingHistory(tenantId: string, limit = 50) {
  return db
    .select()
    .from(billingStateChanges)
    .where(eq(billingStateChanges.tenantId, tenantId))
    .orderBy(desc(billingStateChanges.at), desc(billingStateChanges.id))
    .limit(limit);
}

/** The newest `limit` invoices (paid and failed) and every refund or dispute. */
export async function adminPayments(tenantId: string, limit = 50) {
  const rows = await db.select().from(invoices).where(eq(invoices.tenantId, tenantId)).orderBy(desc(invoices.occurredAt), desc(invoices.id)).limit(limit);
  return { invoices: rows, refunds: await listRefunds(db, { tenantId }) };
}

/** The platform billing actions (lib/billing/admin-actions.ts) the tenant's standing allows now. */
export async function adminAvailableActions(tenantId: string): Promise<("suspend" | "unsuspend" | "extend-trial" | "comp" | "end-comp")[]> {
  const { state } = await readBillingAccount(db, tenantId);
  const { comped } = await standing(db, tenantId);
  return [
    ...(state === "trialing" || state === "free" ? (["extend-trial"] as const) : []),
    ...(canTransition(state, "suspended") ? (["suspend"] as const) : []),
    ...(state === "suspended" ? (["unsuspend"] as const) : []),
    // A comp over a live subscription is refused: the provider would go on charging it.
    ...(!(await hasLiveSubscription(db, tenantId)) ? (["comp"] as const) : []),
    ...(comped ? (["end-comp"] as const) : []),
  ];
}
