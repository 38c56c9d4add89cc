import { useLocale, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { planHighlights, planPrice } from "./plan-copy";
import type { BillingInterval, PublicPlan } from "@/lib/billing/responses";

export type PlanCardProps = {
  plan: PublicPlan;
  interval: BillingInterval;
  /** Outlines the card and shows a "Current plan" tag. @default false */
  current?: boolean;
  /** The button or link at the bottom; it receives the plan name's id for `aria-describedby`. */
  action?: (nameId: string) => ReactNode;
};

/** One plan: name, price for the interval, limits and features, and an action. */
export function PlanCard({ plan, interval, current = false, action }: PlanCardProps) {
  const nameId = useId();
  const t = useTranslations("billing.plans");
  const price = planPrice(plan, interval, t, useLocale());
  return (
    <section
      aria-labelledby={nameId}
      data-testid={`plan-${plan.id}`}
      className={cn(
        "flex flex-col rounded-lg border bg-card p-5 shadow-sm",
        current ? "border-primary ring-1 ring-primary" : "border-border",
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <h3 id={nameId} className="text-base font-semibold">
          {plan.name}
        </h3>
        {current ? (
          <span className="rounded-full bg-primary px-2 py-0.5 text-xs font-medium text-primary-foreground">{t("current")}</span>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-muted-foreground">{plan.description}</p>
      <p className="mt-4">
        <span className="text-3xl font-semibold tracking-tight">{price.amount}</span>
        {price.unit ? <span className="ml-1 text-sm text-muted-foreground">{price.unit}</span> : null}
      </p>
      <p className="mt-1 min-h-5 text-xs text-muted-foreground">{price.note}</p>
      <ul className="mt-4 flex-1 space-y-1.5 text-sm">
        {planHighlights(plan, t).map((line) => (
          <li key={line} className="flex gap-2">
            <span aria-hidden="true" className="text-success">
              ✓
            </span>
            {line}
          </li>
        ))}
      </ul>
      {action ? <div className="mt-5">{action(nameId)}</div> : null}
    </section>
  );
}
