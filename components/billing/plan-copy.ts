import { formatMoney } from "./money";
import type { BillingInterval, PublicPlan } from "@/lib/billing/responses";

/** Where "Contact sales" writes to. */
export const salesEmail = "sales@keel.local";
export const salesHref = `mailto:${salesEmail}?subject=${encodeURIComponent("Keel Enterprise")}`;

const tiers: Record<string, number> = { free: 0, starter: 1, pro: 2, enterprise: 3 };

/** How plans rank, for "Upgrade" versus "Choose plan". Unknown plans rank as free. */
export function planTier(plan: string): number {
  return tiers[plan] ?? 0;
}

export function planName(plans: readonly PublicPlan[], id: string): string {
  return plans.find((p) => p.id === id)?.name ?? id;
}

/** `useTranslations("billing.plans")` or `getTranslations(...)`: the plan copy's messages. */
export type PlanCopyT = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

const limits = [
  ["seats", "seats"],
  ["projects", "projects"],
  ["apiRequestsPerMonth", "apiRequests"],
] as const;

/** The bullet list under a plan: limits first, then features. */
export function planHighlights(plan: PublicPlan, t: PlanCopyT): string[] {
  const lines = limits.map(([field, key]) => {
    const value = plan.limits[field];
    return value === null ? t(`limits.${key}Unlimited`) : t(`limits.${key}`, { count: value });
  });
  if (plan.limits.creditsPerPeriod > 0) lines.push(t("limits.credits", { count: plan.limits.creditsPerPeriod }));
  // A feature key the messages do not know (a plan added without copy) shows as its key.
  return [...lines, ...plan.features.map((f) => (t.has(`features.${f}`) ? t(`features.${f}`) : f))];
}

/** The big price text and the small unit after it. */
export function planPrice(
  plan: PublicPlan,
  interval: BillingInterval,
  t: PlanCopyT,
  locale: string,
): { amount: string; unit: string | null; note: string | null } {
  if (plan.contactSales) return { amount: t("custom"), unit: null, note: t("annualContract") };
  if (!plan.prices) return { amount: formatMoney(0, "usd", locale), unit: null, note: t("freeForever") };
  const price = plan.prices[interval];
  const monthly = plan.prices.month.amount;
  const saving = interval === "year" && monthly > 0 ? Math.round((1 - price.amount / (monthly * 12)) * 100) : 0;
  return {
    amount: formatMoney(price.amount, price.currency, locale),
    unit: interval === "month" ? t("perMonth") : t("perYear"),
    note: saving > 0 ? t("yearlySaving", { percent: saving }) : null,
  };
}
