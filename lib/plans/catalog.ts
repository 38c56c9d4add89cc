/**
 * The plans: what each entitles a tenant to and what it costs. Core, so every module reads them
 * whether or not billing is installed; billing only sells them (its products, checkout, trials
 * and credit packs in lib/billing/plans.ts). Amounts are in cents; `null` limits mean unlimited.
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

export type Interval = "month" | "year";

export type Plan = {
  id: PlanId;
  name: string;
  description: string;
  limits: PlanLimits;
  features: Feature[];
  /** Self-serve prices; null for free and for contact-sales plans. */
  prices: Record<Interval, { amount: number; currency: "usd" }> | null;
  /** Price per unit beyond the quota, for metered overage (usage bills it, billing reports it). */
  metered: { apiRequests: { unit: number; amount: number } } | null;
  /** Enterprise: no checkout, a sales conversation instead. */
  contactSales: boolean;
};

export const plans: Record<PlanId, Plan> = {
  free: {
    id: "free",
    name: "Free",
    description: "For trying things out.",
    limits: { seats: 3, projects: 3, apiRequestsPerMonth: 1_000, creditsPerPeriod: 0 },
    // The free tier may call the API, up to its hard monthly quota (lib/usage/meters.ts).
    features: ["api_access"],
    prices: null,
    metered: null,
    contactSales: false,
  },
  starter: {
    id: "starter",
    name: "Starter",
    description: "For small teams shipping their first product.",
    limits: { seats: 10, projects: 20, apiRequestsPerMonth: 50_000, creditsPerPeriod: 2_000 },
    features: ["api_access", "webhooks"],
    prices: { month: { amount: 1_900, currency: "usd" }, year: { amount: 19_000, currency: "usd" } },
    metered: { apiRequests: { unit: 1_000, amount: 50 } },
    contactSales: false,
  },
  pro: {
    id: "pro",
    name: "Pro",
    description: "For growing teams that need more of everything.",
    limits: { seats: 50, projects: 200, apiRequestsPerMonth: 1_000_000, creditsPerPeriod: 20_000 },
    features: ["api_access", "webhooks", "audit_log", "priority_support"],
    prices: { month: { amount: 4_900, currency: "usd" }, year: { amount: 49_000, currency: "usd" } },
    metered: { apiRequests: { unit: 1_000, amount: 30 } },
    contactSales: false,
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise",
    description: "Custom limits, SSO and a contract. Talk to us.",
    limits: { seats: null, projects: null, apiRequestsPerMonth: null, creditsPerPeriod: 100_000 },
    features: ["api_access", "webhooks", "audit_log", "priority_support", "sso"],
    prices: null,
    metered: null,
    contactSales: true,
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
