import { db, type Executor } from "@/db/client";
import { defineErrors, type DomainError } from "@/lib/errors";
import { defaultPlan, isPlanId, plans, upgradeFor, type Feature, type Plan, type PlanId, type PlanLimits } from "./catalog";
import { currentPeriod, type PlanPeriod } from "./period";
import { readTenantPlan, type TenantPlan } from "./store";
import { payingStates, type PlanState } from "./states";

export const planError = defineErrors({
  /** Suspended after failed payments: paid features wait for a payment. */
  payment_required: "payment_required",
  /** The plan does not allow this; the message names the upgrade. */
  plan_limit_reached: "payment_required",
  /** Every seat of the plan is taken (members and pending invitations). */
  seat_limit_reached: "payment_required",
});

export type Entitlements = {
  /** The plan whose limits apply now (the default while canceled, suspended or after a trial). */
  plan: PlanId;
  /** The plan the tenant is subscribed to or trying. */
  subscribedPlan: PlanId;
  state: PlanState;
  limits: PlanLimits;
  features: Feature[];
  /** Suspended: paid features answer 402 until a payment goes through. */
  paymentRequired: boolean;
  /** The current period: the paid one, else the calendar month (see currentPeriod). Quotas reset with it. */
  period: PlanPeriod;
};

/**
 * The one answer to "what may this tenant use?", from plan × standing. Every module asks this
 * instead of reading the plan: a past-due tenant keeps its plan during grace; a suspended one gets
 * the default plan's limits and 402 on paid features; canceled and free tenants get the default plan.
 */
export function entitlementsFor(tenantPlan: TenantPlan, at = new Date()): Entitlements {
  const subscribedPlan: PlanId = isPlanId(tenantPlan.plan) ? tenantPlan.plan : defaultPlan;
  const state = tenantPlan.state;
  const plan = payingStates.has(state) ? subscribedPlan : defaultPlan;
  return {
    plan,
    subscribedPlan,
    state,
    limits: plans[plan].limits,
    features: plans[plan].features,
    paymentRequired: state === "suspended",
    period: currentPeriod(tenantPlan, at),
  };
}

export async function getEntitlements(tenantId: string, executor: Executor = db, at = new Date()): Promise<Entitlements> {
  return entitlementsFor(await readTenantPlan(executor, tenantId), at);
}

/** The error for going past a limit: 402 payment_required when suspended, else `code` with an upgrade hint. */
export function limitError(
  entitlements: Entitlements,
  message: string,
  opts: { code?: "plan_limit_reached" | "seat_limit_reached"; fits?: (plan: Plan) => boolean } = {},
): DomainError {
  if (entitlements.paymentRequired) {
    return planError("payment_required", "Payment failed and the grace period is over: update your card to use paid features again. Your data is kept.");
  }
  const upgrade = opts.fits ? upgradeFor(entitlements.plan, opts.fits) : null;
  return planError(opts.code ?? "plan_limit_reached", upgrade ? `${message} Upgrade to ${upgrade.name} for more.` : message, {
    headers: upgrade ? { "X-Upgrade-Plan": upgrade.id } : undefined,
  });
}

/** Throws 402 unless the tenant's plan includes `feature` and it is in good standing. */
export async function requireFeature(tenantId: string, feature: Feature, executor: Executor = db): Promise<void> {
  const entitlements = await getEntitlements(tenantId, executor);
  if (entitlements.features.includes(feature)) return;
  throw limitError(entitlements, `Your ${plans[entitlements.plan].name} plan does not include ${feature.replace(/_/g, " ")}.`, {
    fits: (plan) => plan.features.includes(feature),
  });
}

/** Throws 402 seat_limit_reached when `used` seats (plus `adding`) would exceed the plan's. */
export function assertSeatsAvailable(entitlements: Entitlements, used: number, adding = 1): void {
  const seats = entitlements.limits.seats;
  if (entitlements.paymentRequired || (seats !== null && used + adding > seats)) {
    throw limitError(entitlements, `Your ${plans[entitlements.plan].name} plan includes ${seats} seats, and ${used} are taken (members and pending invitations).`, {
      code: "seat_limit_reached",
      fits: (plan) => plan.limits.seats === null || plan.limits.seats >= used + adding,
    });
  }
}
