import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { billingSimulator, checkouts } from "@/db/schema/billing";
import { tenants } from "@/db/schema/tenants";

/** A simulator checkout, only when it belongs to one of `tenantIds` (the signed-in user's). */
export async function findSimulatorCheckout(checkoutId: string, tenantIds: readonly string[]) {
  if (tenantIds.length === 0) return null;
  const [row] = await db
    .select({
      id: checkouts.id,
      tenantId: checkouts.tenantId,
      tenantName: tenants.name,
      kind: checkouts.kind,
      plan: checkouts.plan,
      interval: checkouts.interval,
      pack: checkouts.pack,
      status: checkouts.status,
    })
    .from(checkouts)
    .innerJoin(tenants, eq(tenants.id, checkouts.tenantId))
    .where(and(eq(checkouts.id, checkoutId), eq(checkouts.provider, "simulator"), inArray(checkouts.tenantId, [...tenantIds])));
  return row ?? null;
}

/** The tenant's test card; a tenant that never set one pays successfully. */
export async function simulatorCard(tenantId: string): Promise<"succeed" | "decline"> {
  const [row] = await db.select({ card: billingSimulator.cardBehavior }).from(billingSimulator).where(eq(billingSimulator.tenantId, tenantId));
  return row?.card === "decline" ? "decline" : "succeed";
}
