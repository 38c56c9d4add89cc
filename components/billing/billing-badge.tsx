import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { PlanState as BillingState } from "@/lib/plans/states";

const looks: Record<BillingState, string> = {
  active: "border-success/40 bg-success/10 text-success",
  trialing: "border-info/40 bg-info/10 text-info",
  past_due: "border-warning/40 bg-warning/10 text-warning",
  suspended: "border-danger/40 bg-danger/10 text-danger",
  canceled: "border-border bg-muted text-muted-foreground",
  free: "border-border bg-muted text-muted-foreground",
};

/**
 * The tenant's billing state as a colored pill. The header's badge keeps the default test id; a
 * second badge on the same page passes another so `getByTestId("billing-state")` stays unique.
 */
export function BillingBadge({ state, className, testId = "billing-state" }: { state: string; className?: string; /** @default "billing-state" */ testId?: string }) {
  const t = useTranslations("billing.states");
  const known = state in looks;
  return (
    <Badge data-testid={testId} data-state={state} title={t("title")} className={cn("shrink-0 whitespace-nowrap normal-case", known ? looks[state as BillingState] : looks.free, className)}>
      {/* A state this version does not know shows as sent rather than as a wrong label. */}
      {known ? t(`state.${state}`) : state}
    </Badge>
  );
}
