"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IntervalToggle } from "./interval-toggle";
import { PlanCard } from "./plan-card";
import { salesHref } from "./plan-copy";
import type { BillingInterval, PublicPlan } from "@/lib/billing/responses";

/** The public plans with a month/year switch; every self-serve plan starts with a free trial. */
export function PricingTable({ plans }: { plans: readonly PublicPlan[] }) {
  const t = useTranslations("billing.plans");
  const [interval, setBillingInterval] = useState<BillingInterval>("month");
  return (
    <div className="space-y-6">
      <div className="flex justify-center">
        <IntervalToggle value={interval} onChange={setBillingInterval} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {plans.map((plan) => (
          <PlanCard
            key={plan.id}
            plan={plan}
            interval={interval}
            action={(nameId) =>
              plan.contactSales ? (
                <a href={salesHref} aria-describedby={nameId} className={buttonClass("secondary", "md", "w-full")}>
                  {t("contactSales")}
                </a>
              ) : (
                <Link
                  href="/sign-up"
                  aria-describedby={nameId}
                  className={buttonClass(plan.prices ? "primary" : "secondary", "md", "w-full")}
                >
                  {plan.prices ? t("startTrial") : t("getStarted")}
                </Link>
              )
            }
          />
        ))}
      </div>
    </div>
  );
}
