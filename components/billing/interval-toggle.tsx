"use client";

import { useTranslations } from "next-intl";
import { cn, focusRing } from "@/components/ui/cn";
import type { BillingInterval } from "@/lib/billing/responses";

const options: readonly BillingInterval[] = ["month", "year"];

/** Month / year switch for plan prices. */
export function IntervalToggle({ value, onChange }: { value: BillingInterval; onChange: (value: BillingInterval) => void }) {
  const t = useTranslations("billing.plans.interval");
  return (
    <div role="group" aria-label={t("label")} className="inline-flex gap-1 rounded-lg bg-muted p-1">
      {options.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
          className={cn(
            "rounded-md px-3 py-1.5 text-sm font-medium",
            focusRing,
            value === option ? "bg-card shadow-sm" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {t(option)}
        </button>
      ))}
    </div>
  );
}
