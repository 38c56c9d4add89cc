import { billingEnv } from "@/lib/billing/env";

/**
 * Plans and credit packs, in one typed file: the pricing page, checkout, entitlements and limits
 * all read from here. Amounts are in cents. `null` limits mean unlimited.
 */
export type PlanId = "free" | "starter" | "pro" | "enterprise";
export type Interval = "month" | "year";
export type Feature = "api_access" | "webhooks" | "audit_log" | "priority_support" | "sso";

export type PlanLimits = {
  seats: number | null;
  projects: number | null;
  apiRequestsPerMonth: number | null;
  /** Credits granted at the start of each paid period (plan allowance). */
  creditsPerPeriod: number;
};

export type Plan = {
  id: PlanId;
  name: string;
  description: string;
  /** Self-serve prices; null for free and for contact-sales plans. */
  prices: Record<Interval, { amount: number; currency: "usd" }> | null;
  limits: PlanLimits;
  features: Feature[];
  /** Price per unit beyond the quota, for metered overage. */
  metered: { apiRequests: { unit: number; amount: number } } | null;
  /** Enterprise: no checkout, a sales conversation instead. */
  contactSales: boolean;
};

export const plans: Record<PlanId, Plan> = {
  free: {
    id: "free",
    name: "Free",
    description: "For trying things out.",
    prices: null,
    limits: { seats: 3, projects: 3, apiRequestsPerMonth: 1_000, creditsPerPeriod: 0 },
    features: [],
    metered: null,
    contactSales: false,
  },
  starter: {
    id: "starter",
    name: "Starter",
    description: "For small teams shipping their first product.",
    prices: { month: { amount: 1_900, currency: "usd" }, year: { amount: 19_000, currency: "usd" } },
    limits: { seats: 10, projects: 20, apiRequestsPerMonth: 50_000, creditsPerPeriod: 2_000 },
    features: ["api_access", "webhooks"],
    metered: { apiRequests: { unit: 1_000, amount: 50 } },
    contactSales: false,
  },
  pro: {
    id: "pro",
    name: "Pro",
    description: "For growing teams that need more of everything.",
    prices: { month: { amount: 4_900, currency: "usd" }, year: { amount: 49_000, currency: "usd" } },
    limits: { seats: 50, projects: 200, apiRequestsPerMonth: 1_000_000, creditsPerPeriod: 20_000 },
    features: ["api_access", "webhooks", "audit_log", "priority_support"],
    metered: { apiRequests: { unit: 1_000, amount: 30 } },
    contactSales: false,
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise",
    description: "Custom limits, SSO and a contract. Talk to us.",
    prices: null,
    limits: { seats: null, projects: null, apiRequestsPerMonth: null, creditsPerPeriod: 100_000 },
    features: ["api_access", "webhooks", "audit_log", "priority_support", "sso"],
    metered: null,
    contactSales: true,
  },
};

/** The plan a new tenant tries for BILLING_TRIAL_DAYS, without a card. */
export const trialPlan: PlanId = "pro";

export type CreditPackId = "small" | "medium" | "large";
export type CreditPack = { id: CreditPackId; credits: number; price: { amount: number; currency: "usd" } };

export const creditPacks: Record<CreditPackId, CreditPack> = {
  small: { id: "small", credits: 1_000, price: { amount: 1_000, currency: "usd" } },
  medium: { id: "medium", credits: 5_000, price: { amount: 4_000, currency: "usd" } },
  large: { id: "large", credits: 20_000, price: { amount: 12_000, currency: "usd" } },
};

/** Plans a customer can buy through checkout. */
export const purchasablePlans = ["starter", "pro"] as const satisfies readonly PlanId[];
export type PurchasablePlanId = (typeof purchasablePlans)[number];

export function isPlanId(value: string): value is PlanId {
  return Object.hasOwn(plans, value);
}

/** The limits of `plan`; an unknown plan id gets the free plan's limits. */
export function planLimits(plan: string): PlanLimits {
  return isPlanId(plan) ? plans[plan].limits : plans.free.limits;
}

// ── Product ids ───────────────────────────────────────────────────────────────────────────────
// The simulator's ids are fixed (`sim_<plan>_<interval>`, `sim_credits_<pack>`); Dodo's come from env.

type ProductRef = { kind: "plan"; plan: PurchasablePlanId; interval: Interval } | { kind: "credits"; pack: CreditPackId };

function dodoProducts(): Record<string, string | undefined> {
  return {
    "plan:starter:month": billingEnv.DODO_PRODUCT_STARTER_MONTH,
    "plan:starter:year": billingEnv.DODO_PRODUCT_STARTER_YEAR,
    "plan:pro:month": billingEnv.DODO_PRODUCT_PRO_MONTH,
    "plan:pro:year": billingEnv.DODO_PRODUCT_PRO_YEAR,
    "credits:small": billingEnv.DODO_PRODUCT_CREDITS_SMALL,
    "credits:medium": billingEnv.DODO_PRODUCT_CREDITS_MEDIUM,
    "credits:large": billingEnv.DODO_PRODUCT_CREDITS_LARGE,
  };
}

function refKey(ref: ProductRef): string {
  return ref.kind === "plan" ? `plan:${ref.plan}:${ref.interval}` : `credits:${ref.pack}`;
}

/** The provider's product id for a plan price or a credit pack, or null when not configured. */
export function productId(provider: "dodo" | "simulator", ref: ProductRef): string | null {
  if (provider === "simulator") return ref.kind === "plan" ? `sim_${ref.plan}_${ref.interval}` : `sim_credits_${ref.pack}`;
  return dodoProducts()[refKey(ref)] ?? null;
}

/** What a provider product id sells, or null for a product Keel does not know. */
export function productFromId(id: string): ProductRef | null {
  const sim = /^sim_(?:(starter|pro)_(month|year)|credits_(small|medium|large))$/.exec(id);
  if (sim) {
    return sim[1] ? { kind: "plan", plan: sim[1] as PurchasablePlanId, interval: sim[2] as Interval } : { kind: "credits", pack: sim[3] as CreditPackId };
  }
  const entry = Object.entries(dodoProducts()).find(([, value]) => value === id);
  if (!entry) return null;
  const [kind, a, b] = entry[0].split(":");
  return kind === "plan" ? { kind: "plan", plan: a as PurchasablePlanId, interval: b as Interval } : { kind: "credits", pack: a as CreditPackId };
}
