import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { formatDate } from "@/components/ui/format";
import { adminSubscriptionView } from "@/lib/billing/admin-view";
import { plans, isPlanId } from "@/lib/billing/plans";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";

const planName = (plan: string) => (isPlanId(plan) ? plans[plan].name : plan);

/** The tenant's plan, standing and subscription, for the admin tenant page. */
export async function SubscriptionSection({ tenantId }: AdminTenantSectionProps) {
  const { account, comped, subscription } = await adminSubscriptionView(tenantId);
  const rows: [string, ReactNode][] = [
    ["Plan", `${planName(account.plan)}${comped ? " (complimentary)" : ""}`],
    ["Status", <Badge key="state">{account.state.replace("_", " ")}</Badge>],
    ["Interval", subscription && !comped ? `${subscription.interval}ly` : "—"],
    ["Period ends", account.currentPeriodEnd ? formatDate(account.currentPeriodEnd) : "—"],
  ];
  if (account.trialEndsAt) rows.push(["Trial ends", formatDate(account.trialEndsAt)]);
  if (account.graceUntil) rows.push(["Grace until", formatDate(account.graceUntil)]);
  if (subscription) rows.push(["Subscription", `${subscription.providerSubscriptionId} · ${subscription.status}${subscription.cancelAtPeriodEnd ? " · cancels at period end" : ""}`]);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm" data-testid="admin-billing-subscription">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
