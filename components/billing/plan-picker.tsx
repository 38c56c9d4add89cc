"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { IntervalToggle } from "./interval-toggle";
import { PlanCard } from "./plan-card";
import { planTier, salesHref } from "./plan-copy";
import type { BillingInterval, PublicPlan, SubscriptionResponse as Subscription } from "@/lib/billing/responses";

export type PlanPickerProps = {
  plans: readonly PublicPlan[];
  subscription: Subscription;
  canManage: boolean;
  /** The key of the plan action running (`<plan>:<interval>`), to show its spinner. */
  busyKey: string | null;
  /** No subscription yet: start a checkout. */
  onCheckout: (plan: string, interval: BillingInterval) => void;
  /** A subscription exists: move it. */
  onChangePlan: (plan: string, interval: BillingInterval) => void;
};

/** The plans with a month/year switch and the action each allows for this tenant. */
export function PlanPicker({ plans, subscription, canManage, busyKey, onCheckout, onChangePlan }: PlanPickerProps) {
  const t = useTranslations("billing.plans");
  const [interval, setBillingInterval] = useState<BillingInterval>(subscription.interval ?? "month");
  const subscribed = subscription.interval !== null;

  function action(plan: PublicPlan, nameId: string) {
    if (plan.contactSales) {
      return (
        <a href={salesHref} className={buttonClass("secondary", "md", "w-full")} aria-describedby={nameId}>
          {t("contactSales")}
        </a>
      );
    }
    if (!plan.prices || !canManage) return null;
    const key = `${plan.id}:${interval}`;
    const common = { className: "w-full", "aria-describedby": nameId, loading: busyKey === key, disabled: busyKey !== null };
    if (subscribed) {
      if (plan.id === subscription.plan && interval === subscription.interval) return null;
      return (
        <Button variant="secondary" {...common} onClick={() => onChangePlan(plan.id, interval)}>
          {t("changePlan")}
        </Button>
      );
    }
    const upgrade = planTier(plan.id) > planTier(subscription.plan);
    return (
      <Button variant={upgrade ? "primary" : "secondary"} {...common} onClick={() => onCheckout(plan.id, interval)}>
        {upgrade ? t("upgrade") : t("choosePlan")}
      </Button>
    );
  }

  return (
    <section aria-labelledby="plans-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="plans-heading" className="text-base font-semibold">
          {t("title")}
        </h2>
        <IntervalToggle value={interval} onChange={setBillingInterval} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            interval={interval}
            current={plan.id === subscription.plan && (!subscribed || interval === subscription.interval)}
            action={(nameId) => action(plan, nameId)}
          />
        ))}
      </div>
    </section>
  );
}
