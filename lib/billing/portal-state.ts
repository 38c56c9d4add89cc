import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { checkouts } from "@/db/schema/billing";
import { readBillingAccount } from "./account";

export type TenantBillingState = { state: string; graceUntil: string | null; trialEndsAt: string | null };

/**
 * The billing state the portal's header badge and banner show. Call it only with a tenant the
 * portal resolved for the signed-in user: membership is checked there, not here.
 */
export const loadBillingState = cache(async (tenantId: string): Promise<TenantBillingState> => {
  const account = await readBillingAccount(db, tenantId);
  return {
    state: account.state,
    graceUntil: account.graceUntil?.toISOString() ?? null,
    trialEndsAt: account.trialEndsAt?.toISOString() ?? null,
  };
});

/** The checkout a provider sent the customer back from (`?checkout=`), if it is this tenant's. */
export async function loadCheckout(tenantId: string, checkoutId: string) {
  const [row] = await db
    .select({ id: checkouts.id, kind: checkouts.kind, status: checkouts.status, plan: checkouts.plan, interval: checkouts.interval, pack: checkouts.pack })
    .from(checkouts)
    .where(and(eq(checkouts.id, checkoutId), eq(checkouts.tenantId, tenantId)));
  return row ?? null;
}
export type CheckoutSummary = NonNullable<Awaited<ReturnType<typeof loadCheckout>>>;
