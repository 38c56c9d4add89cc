import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { adminSubscriptionView } from "@/lib/billing/admin-view";
import { plans, isPlanId } from "@/lib/billing/plans";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";

const planName = (plan: string) => (isPlanId(plan) ? plans[plan].name : plan);

/** The tenant's plan, standing and subscription, for the admin tenant page. */
export async function SubscriptionSection({ tenantId }: AdminTenantSectionProps) {
  const [{ account, comped, subscription }, t, format] = await Promise.all([adminSubscriptionView(tenantId), getTranslations("billing"), getFormatter()]);
  const date = (value: Date | string) => format.dateTime(new Date(value), "date");
  const label = (key: string, raw: string) => (t.has(key) ? t(key) : raw);
  const rows: [string, ReactNode][] = [
    [t("adminSubscription.plan"), comped ? t("adminSubscription.complimentary", { plan: planName(account.plan) }) : planName(account.plan)],
    [t("adminSubscription.status"), <Badge key="state" data-state={account.state}>{label(`states.state.${account.state}`, account.state)}</Badge>],
    [t("adminSubscription.interval"), subscription && !comped ? label(`intervals.${subscription.interval}`, subscription.interval) : "—"],
    [t("adminSubscription.periodEnds"), account.currentPeriodEnd ? date(account.currentPeriodEnd) : "—"],
  ];
  if (account.trialEndsAt) rows.push([t("adminSubscription.trialEnds"), date(account.trialEndsAt)]);
  if (account.graceUntil) rows.push([t("adminSubscription.graceUntil"), date(account.graceUntil)]);
  if (subscription) {
    // The provider's own id and status, as the provider names them: what support looks up there.
    const provider = `${subscription.providerSubscriptionId} · ${subscription.status}`;
    rows.push([t("adminSubscription.subscription"), subscription.cancelAtPeriodEnd ? t("adminSubscription.providerCancels", { provider }) : provider]);
  }
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
