/**
 * The plans and what each entitles a tenant to: core, so every module reads limits from here
 * whether or not billing is installed. Prices, products and trials are billing's
 * (lib/billing/plans.ts). `null` limits mean unlimited.
 */
export type PlanId = "free" | "starter" | "pro" | "enterprise";
export type Feature = "api_access" | "webhooks" | "audit_log" | "priority_support" | "sso";

export type PlanLimits = {
  seats: number | null;
  projects: number | null;
  apiRequestsPerMonth: number | null;
  /** Credits granted at the start of each paid period (plan allowance). */
  creditsPerPeriod: number;
};

export type Plan = { id: PlanId; name: string; description: string; limits: PlanLimits; features: Feature[] };

export const plans: Record<PlanId, Plan> = {
  free: {
    id: "free",
    name: "Free",
    description: "For trying things out.",
    limits: { seats: 3, projects: 3, apiRequestsPerMonth: 1_000, creditsPerPeriod: 0 },
    // The free tier may call the API, up to its hard monthly quota (lib/usage/meters.ts).
    features: ["api_access"],
  },
  starter: {
    id: "starter",
    name: "Starter",
    description: "For small teams shipping their first product.",
    limits: { seats: 10, projects: 20, apiRequestsPerMonth: 50_000, creditsPerPeriod: 2_000 },
    features: ["api_access", "webhooks"],
  },
  pro: {
    id: "pro",
    name: "Pro",
    description: "For growing teams that need more of everything.",
    limits: { seats: 50, projects: 200, apiRequestsPerMonth: 1_000_000, creditsPerPeriod: 20_000 },
    features: ["api_access", "webhooks", "audit_log", "priority_support"],
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise",
    description: "Custom limits, SSO and a contract. Talk to us.",
    limits: { seats: null, projects: null, apiRequestsPerMonth: null, creditsPerPeriod: 100_000 },
    features: ["api_access", "webhooks", "audit_log", "priority_support", "sso"],
  },
};

/** Cheapest first: where upgrade suggestions look. */
export const planLadder: readonly PlanId[] = ["free", "starter", "pro", "enterprise"];

/** The plan of a tenant nobody has sold anything to (and of every tenant without billing). */
export const defaultPlan: PlanId = "free";

export function isPlanId(value: string): value is PlanId {
  return Object.hasOwn(plans, value);
}

/** The limits of `plan`; an unknown plan id gets the default plan's limits. */
export function planLimits(plan: string): PlanLimits {
  return isPlanId(plan) ? plans[plan].limits : plans[defaultPlan].limits;
}

/** The cheapest plan above `current` whose `fits` holds, for "upgrade to …" messages. */
export function upgradeFor(current: PlanId, fits: (plan: Plan) => boolean): Plan | null {
  return planLadder.slice(planLadder.indexOf(current) + 1).map((id) => plans[id]).find(fits) ?? null;
}
