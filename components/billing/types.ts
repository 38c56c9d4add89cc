import type { BillingState, publicPlans } from "@/lib/billing";

/** `GET /billing/plans`. */
export type PlansResponse = ReturnType<typeof publicPlans>;
export type PublicPlan = PlansResponse["plans"][number];
export type CreditPackOffer = PlansResponse["creditPacks"][number];
export type BillingInterval = "month" | "year";

/** `GET /billing/subscription` (dates arrive as ISO strings). */
export type Subscription = {
  plan: string;
  interval: BillingInterval | null;
  state: BillingState;
  currentPeriodEnd: string | null;
  graceUntil: string | null;
  cancelAtPeriodEnd: boolean;
  trialEndsAt: string | null;
  provider: string | null;
};

/** One row of `GET /billing/invoices`. */
export type Invoice = {
  id: string;
  kind: "subscription" | "credits";
  description: string;
  amount: number;
  currency: string;
  status: "paid" | "failed";
  url: string | null;
  createdAt: string;
};

/** One row of the credit ledger (`GET /billing/credits`). */
export type CreditEntry = {
  id: string;
  kind: string;
  amount: number;
  balanceAfter: number;
  reason: string;
  source: string | null;
  createdAt: string;
};

/** The checkout named by `?checkout=`, as the billing page found it server-side. */
export type CheckoutSummary = {
  id: string;
  kind: string;
  status: string;
  plan: string | null;
  interval: string | null;
  pack: string | null;
};

export type { BillingState };
