/**
 * Plans, in one typed file. The billing module gives these prices, trials and provider product
 * ids; until then the limits here are what other modules ask (`planLimits(plan).projects`).
 * `null` means unlimited.
 */
export type PlanId = "free" | "starter" | "pro" | "enterprise";

export type PlanLimits = {
  seats: number | null;
  projects: number | null;
  apiRequestsPerMonth: number | null;
  creditsPerPeriod: number;
};

export const plans: Record<PlanId, { name: string; limits: PlanLimits }> = {
  free: { name: "Free", limits: { seats: 3, projects: 3, apiRequestsPerMonth: 1_000, creditsPerPeriod: 100 } },
  starter: { name: "Starter", limits: { seats: 10, projects: 20, apiRequestsPerMonth: 50_000, creditsPerPeriod: 2_000 } },
  pro: { name: "Pro", limits: { seats: 50, projects: 200, apiRequestsPerMonth: 1_000_000, creditsPerPeriod: 20_000 } },
  enterprise: { name: "Enterprise", limits: { seats: null, projects: null, apiRequestsPerMonth: null, creditsPerPeriod: 100_000 } },
};

export function isPlanId(value: string): value is PlanId {
  return Object.hasOwn(plans, value);
}

/** The limits of `plan`; an unknown plan id gets the free plan's limits. */
export function planLimits(plan: string): PlanLimits {
  return isPlanId(plan) ? plans[plan].limits : plans.free.limits;
}
