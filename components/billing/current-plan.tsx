"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { BillingBadge } from "./billing-badge";
import type { SubscriptionResponse as Subscription } from "@/lib/billing/responses";

export type CurrentPlanProps = {
  subscription: Subscription;
  planName: string;
  canManage: boolean;
  busyKey: string | null;
  onManage: () => void;
  onCancel: () => void;
  onResume: () => void;
};

/** The one date that matters now (its label's key under `billing.currentPlan.dates`): trial end, renewal, cancellation or the end of grace. */
function keyDate(sub: Subscription): { label: "trialEnds" | "graceEnds" | "cancelsOn" | "nextRenewal"; value: string } | null {
  if (sub.state === "trialing" && sub.trialEndsAt) return { label: "trialEnds", value: sub.trialEndsAt };
  if (sub.state === "past_due" && sub.graceUntil) return { label: "graceEnds", value: sub.graceUntil };
  if (sub.cancelAtPeriodEnd && sub.currentPeriodEnd) return { label: "cancelsOn", value: sub.currentPeriodEnd };
  if (sub.state === "active" && sub.currentPeriodEnd) return { label: "nextRenewal", value: sub.currentPeriodEnd };
  return null;
}

/** Plan, state, the key date, and the subscription's actions. */
export function CurrentPlan({ subscription: sub, planName, canManage, busyKey, onManage, onCancel, onResume }: CurrentPlanProps) {
  const t = useTranslations("billing.currentPlan");
  const format = useFormatter();
  const date = keyDate(sub);
  const subscribed = sub.interval !== null;
  return (
    <Card aria-labelledby="current-plan-heading">
      <CardHeader
        title={<span id="current-plan-heading">{t("title")}</span>}
        action={
          canManage ? (
            <Button variant="secondary" size="sm" loading={busyKey === "portal"} disabled={busyKey !== null} onClick={onManage}>
              {t("manage")}
            </Button>
          ) : null
        }
      />
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-2xl font-semibold tracking-tight" data-testid="current-plan">
          {planName}
        </p>
        <BillingBadge state={sub.state} testId="subscription-state" />
        {subscribed ? <span className="text-sm text-muted-foreground">{sub.interval === "year" ? t("billedYearly") : t("billedMonthly")}</span> : null}
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {date ? (
          <div>
            <dt className="text-muted-foreground">{t(`dates.${date.label}`)}</dt>
            <dd className="font-medium" data-testid="billing-date">
              {format.dateTime(new Date(date.value), "date")}
            </dd>
          </div>
        ) : null}
        {sub.state === "suspended" ? (
          <div>
            <dt className="text-muted-foreground">{t("paidFeatures")}</dt>
            <dd className="font-medium">{t("paidFeaturesOff")}</dd>
          </div>
        ) : null}
      </dl>
      {sub.cancelAtPeriodEnd ? <p className="mt-4 text-sm text-muted-foreground">{t("cancelsAtPeriodEnd")}</p> : null}
      {canManage && subscribed ? (
        <div className="mt-5 flex flex-wrap gap-2 border-t border-border pt-4">
          {sub.cancelAtPeriodEnd ? (
            <Button loading={busyKey === "resume"} disabled={busyKey !== null} onClick={onResume}>
              {t("resume")}
            </Button>
          ) : (
            <Button variant="ghost" className="text-danger" disabled={busyKey !== null} onClick={onCancel}>
              {t("cancel")}
            </Button>
          )}
        </div>
      ) : null}
    </Card>
  );
}
