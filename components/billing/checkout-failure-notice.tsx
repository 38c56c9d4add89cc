import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { SubscriptionResponse as Subscription } from "@/lib/billing/responses";

/**
 * The last subscription checkout the provider could not complete (`subscription.failed`). It
 * changed nothing (a trial goes on), but the customer should know it did not go through, also
 * when they did not come back through the checkout's return URL.
 */
export function CheckoutFailureNotice({ subscription: sub, planName }: { subscription: Subscription; planName: string }) {
  const t = useTranslations("billing");
  const format = useFormatter();
  const failure = sub.lastCheckoutFailure;
  if (!failure || sub.state === "active" || sub.state === "past_due") return null;
  const values = {
    plan: planName,
    interval: t.has(`intervals.${failure.interval}`) ? t(`intervals.${failure.interval}`) : failure.interval,
    date: format.dateTime(new Date(failure.at), "date"),
  };
  return (
    <Alert tone="error" title={t("checkoutFailure.title")} className="mb-6">
      {sub.state === "trialing" ? t("checkoutFailure.bodyTrial", values) : t("checkoutFailure.bodyPlan", values)}
    </Alert>
  );
}
