import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { billingStateChanges } from "@/db/schema/billing";
import { tenantMembers } from "@/db/schema/tenants";
import { trialPlan } from "./plans";
import { transitionBillingState } from "./state";
import { billingEnv } from "@/lib/billing/env";

/**
 * A new tenant tries the trial plan for BILLING_TRIAL_DAYS, no card needed (0 turns it off) —
 * once per owner: a person who already trialed in another tenant starts this one on free, so
 * creating tenants is not a way to extend a trial forever.
 */
export async function startTrial(tx: Executor, tenantId: string, now = new Date(), ownerId?: string): Promise<void> {
  if (billingEnv.BILLING_TRIAL_DAYS <= 0) return;
  if (ownerId && (await hasTrialedBefore(tx, ownerId, tenantId))) return;
  const trialEndsAt = new Date(now.getTime() + billingEnv.BILLING_TRIAL_DAYS * 86_400_000);
  await transitionBillingState(tx, { tenantId, to: "trialing", reason: "trial started", at: now, fields: { plan: trialPlan, trialEndsAt } });
}

async function hasTrialedBefore(tx: Executor, ownerId: string, exceptTenantId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: billingStateChanges.id })
    .from(tenantMembers)
    .innerJoin(billingStateChanges, eq(billingStateChanges.tenantId, tenantMembers.tenantId))
    .where(and(eq(tenantMembers.userId, ownerId), eq(tenantMembers.role, "owner"), ne(tenantMembers.tenantId, exceptTenantId), eq(billingStateChanges.to, "trialing")))
    .limit(1);
  return row !== undefined;
}
