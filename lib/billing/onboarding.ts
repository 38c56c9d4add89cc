import { and, eq, notInArray } from "drizzle-orm";
import { subscriptions } from "@/db/schema/billing";
import type { OnboardingStep } from "@/lib/manifest/define";

/** Billing's onboarding step: a subscription the provider took (not one still pending or failed at checkout). */
export const billingOnboarding: readonly OnboardingStep[] = [
  {
    id: "choose-plan",
    title: "onboarding.choosePlan",
    href: "/dashboard/billing",
    scope: "tenant",
    order: 60,
    done: async (executor, { tenantId }) =>
      (await executor.select({ id: subscriptions.id }).from(subscriptions).where(and(eq(subscriptions.tenantId, tenantId), notInArray(subscriptions.status, ["pending", "failed"]))).limit(1)).length > 0,
  },
];
