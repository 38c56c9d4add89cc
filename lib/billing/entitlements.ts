import { eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { tenants } from "@/db/schema/tenants";
import type { DomainError } from "@/lib/errors";
import { billingError } from "./catalog";
import { isPlanId, plans, type Feature, type PlanId, type PlanLimits } from "./plans";
import { isBillingState, type BillingState } from "./state";

export type Entitlements = {
  /** The plan whose limits apply now (free while canceled, suspended or after a trial). */
  plan: PlanId;
  /** The plan the tenant is subscribed to or trying. */
  subscribedPlan: PlanId;
  state: BillingState;
  limits: PlanLimits;
  features: Feature[];
  /** Suspended: paid features answer 402 until a payment goes through. */
  paymentRequired: boolean;
};

/**
 * The one answer to "what may this tenant use?", from plan × billing state. Every module asks
 * this instead of reading the plan: a past-due tenant keeps its plan during grace; a suspended
 * one gets free limits and 402 on paid features; canceled and free tenants get the free plan.
 */
export function entitlementsFor(tenant: { plan: string; billingState: string }): Entitlements {
  const state: BillingState = isBillingState(tenant.billingState) ? tenant.billingState : "free";
  const subscribedPlan: PlanId = isPlanId(tenant.plan) ? tenant.plan : "free";
  const paying = state === "active" || state === "past_due" || state === "trialing";
  const plan = paying ? subscribedPlan : "free";
  return { plan, subscribedPlan, state, limits: plans[plan].limits, features: plans[plan].features, paymentRequired: state === "suspended" };
}

export async function getEntitlements(tenantId: string, executor: Executor = db): Promise<Entitlements> {
  const [tenant] = await executor.select({ plan: tenants.plan, billingState: tenants.billingState }).from(tenants).where(eq(tenants.id, tenantId));
  return entitlementsFor(tenant ?? { plan: "free", billingState: "free" });
}

/** The error for going past a limit: 402 payment_required when suspended, else plan_limit_reached. */
export function limitError(entitlements: Entitlements, message: string): DomainError {
  if (entitlements.paymentRequired) {
    return billingError("payment_required", "Payment failed and the grace period is over: update your card to use paid features again. Your data is kept.");
  }
  return billingError("plan_limit_reached", message);
}

/** Throws 402 unless the tenant's plan includes `feature` and it is in good standing. */
export async function requireFeature(tenantId: string, feature: Feature): Promise<void> {
  const entitlements = await getEntitlements(tenantId);
  if (entitlements.features.includes(feature)) return;
  throw limitError(entitlements, `Your plan does not include ${feature.replace("_", " ")}. Upgrade to use it.`);
}
