import { billingEnv } from "@/lib/billing/env";
import type { Interval, PlanId } from "@/lib/plans";

// The plans (limits, features, prices) are core's; billing sells them.
export { plans, isPlanId, planLimits, type Feature, type Interval, type Plan, type PlanId, type PlanLimits } from "@/lib/plans";

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
