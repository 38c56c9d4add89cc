import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { PlanState as BillingState } from "@/lib/plans/states";

const looks: Record<BillingState, { label: string; className: string }> = {
  active: { label: "Active", className: "border-green-600/30 bg-green-500/10 text-green-700 dark:text-green-400" },
  trialing: { label: "Trial", className: "border-blue-600/30 bg-blue-500/10 text-blue-700 dark:text-blue-400" },
  past_due: { label: "Past due", className: "border-amber-600/30 bg-amber-500/10 text-amber-700 dark:text-amber-400" },
  suspended: { label: "Suspended", className: "border-red-600/30 bg-red-500/10 text-red-700 dark:text-red-400" },
  canceled: { label: "Canceled", className: "border-border bg-muted text-muted-foreground" },
  free: { label: "Free", className: "border-border bg-muted text-muted-foreground" },
};

/** The label shown for a billing state, e.g. `past_due` → "Past due". */
export function billingStateLabel(state: string): string {
  return state in looks ? looks[state as BillingState].label : state;
}

/**
 * The tenant's billing state as a colored pill. The header's badge keeps the default test id; a
 * second badge on the same page passes another so `getByTestId("billing-state")` stays unique.
 */
export function BillingBadge({ state, className, testId = "billing-state" }: { state: string; className?: string; /** @default "billing-state" */ testId?: string }) {
  const look = state in looks ? looks[state as BillingState] : looks.free;
  return (
    <Badge data-testid={testId} title="Billing state" className={cn("shrink-0 whitespace-nowrap normal-case", look.className, className)}>
      {state in looks ? look.label : state}
    </Badge>
  );
}
