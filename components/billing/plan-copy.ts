import { formatCount, formatMoney } from "./money";
import type { BillingInterval, PublicPlan } from "@/lib/billing/responses";

/** Where "Contact sales" writes to. */
export const salesEmail = "sales@keel.local";
export const salesHref = `mailto:${salesEmail}?subject=${encodeURIComponent("Keel Enterprise")}`;

const featureLabels: Record<string, string> = {
  api_access: "API access",
  webhooks: "Webhooks",
  audit_log: "Audit log",
  priority_support: "Priority support",
  sso: "Single sign-on (SSO)",
};

const tiers: Record<string, number> = { free: 0, starter: 1, pro: 2, enterprise: 3 };

/** How plans rank, for "Upgrade" versus "Choose plan". Unknown plans rank as free. */
export function planTier(plan: string): number {
  return tiers[plan] ?? 0;
}

export function planName(plans: readonly PublicPlan[], id: string): string {
  return plans.find((p) => p.id === id)?.name ?? id;
}

function limit(value: number | null, noun: string): string {
  return value === null ? `Unlimited ${noun}` : `${formatCount(value)} ${noun}`;
}

/** The bullet list under a plan: limits first, then features. */
export function planHighlights(plan: PublicPlan): string[] {
  const lines = [
    limit(plan.limits.seats, "seats"),
    limit(plan.limits.projects, "projects"),
    limit(plan.limits.apiRequestsPerMonth, "API requests / month"),
  ];
  if (plan.limits.creditsPerPeriod > 0) lines.push(`${formatCount(plan.limits.creditsPerPeriod)} credits each period`);
  return [...lines, ...plan.features.map((f) => featureLabels[f] ?? f)];
}

/** The big price text and the small unit after it. */
export function planPrice(plan: PublicPlan, interval: BillingInterval): { amount: string; unit: string | null; note: string | null } {
  if (plan.contactSales) return { amount: "Custom", unit: null, note: "Annual contract" };
  if (!plan.prices) return { amount: formatMoney(0, "usd"), unit: null, note: "Free forever" };
  const price = plan.prices[interval];
  const monthly = plan.prices.month.amount;
  const saving = interval === "year" && monthly > 0 ? Math.round((1 - price.amount / (monthly * 12)) * 100) : 0;
  return {
    amount: formatMoney(price.amount, price.currency),
    unit: interval === "month" ? "/ month" : "/ year",
    note: saving > 0 ? `Save ${saving}% with yearly billing` : null,
  };
}
