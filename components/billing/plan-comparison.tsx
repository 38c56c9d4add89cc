import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "./money";
import type { PublicPlan } from "@/lib/billing/responses";
import type { Feature } from "@/lib/plans";

const limitRows = [
  ["seats", "seats"],
  ["projects", "projects"],
  ["apiRequestsPerMonth", "apiRequests"],
  ["creditsPerPeriod", "credits"],
] as const;

const featureRows: readonly Feature[] = ["api_access", "webhooks", "audit_log", "priority_support", "sso"];

/**
 * Plans side by side: prices, limits and features, as a table with column and row headers. On a
 * narrow screen the table scrolls inside a labelled, focusable region (keyboard users can scroll
 * it), so the page itself never scrolls sideways. Server-rendered: no JavaScript.
 */
export async function PlanComparison({ plans }: { plans: readonly PublicPlan[] }) {
  const t = await getTranslations("billing.pricing.compare");
  const copy = await getTranslations("billing.plans");
  const format = await getFormatter();
  const locale = await getLocale();
  const price = (plan: PublicPlan, interval: "month" | "year") => {
    if (plan.contactSales) return copy("custom");
    if (!plan.prices) return formatMoney(0, "usd", locale);
    return formatMoney(plan.prices[interval].amount, plan.prices[interval].currency, locale);
  };
  const limit = (value: number | null) => (value === null ? t("unlimited") : format.number(value));
  const overage = (plan: PublicPlan) =>
    plan.metered
      ? t("overageRate", { price: formatMoney(plan.metered.apiRequests.amount, "usd", locale), unit: plan.metered.apiRequests.unit })
      : t("none");
  const cell = "px-4 py-3 text-center";
  const rowHeader = "px-4 py-3 text-left font-normal";
  return (
    <section aria-labelledby="compare-heading" className="space-y-6">
      <h2 id="compare-heading" className="text-center text-2xl font-semibold tracking-tight">
        {t("title")}
      </h2>
      <div role="region" aria-label={t("caption")} tabIndex={0} data-testid="plan-comparison" className="relative overflow-x-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring">
        <table className="w-full min-w-[40rem] text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="bg-muted">
            <tr>
              <td className="px-4 py-3" />
              {plans.map((plan) => (
                <th key={plan.id} scope="col" className="px-4 py-3 text-center font-semibold">
                  {plan.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            <tr>
              <th scope="row" className={rowHeader}>{t("monthly")}</th>
              {plans.map((plan) => <td key={plan.id} className={cell}>{price(plan, "month")}</td>)}
            </tr>
            <tr>
              <th scope="row" className={rowHeader}>{t("yearly")}</th>
              {plans.map((plan) => <td key={plan.id} className={cell}>{price(plan, "year")}</td>)}
            </tr>
            {limitRows.map(([field, key]) => (
              <tr key={field}>
                <th scope="row" className={rowHeader}>{t(`limits.${key}`)}</th>
                {plans.map((plan) => <td key={plan.id} className={cell}>{limit(plan.limits[field])}</td>)}
              </tr>
            ))}
            <tr>
              <th scope="row" className={rowHeader}>{t("overage")}</th>
              {plans.map((plan) => <td key={plan.id} className={cell}>{overage(plan)}</td>)}
            </tr>
            {featureRows.map((feature) => (
              <tr key={feature}>
                <th scope="row" className={rowHeader}>{copy(`features.${feature}`)}</th>
                {plans.map((plan) => (
                  <td key={plan.id} className={cell}>
                    {plan.features.includes(feature) ? (
                      <>
                        <span aria-hidden="true" className="text-success">✓</span>
                        <span className="sr-only">{t("included")}</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true" className="text-muted-foreground">—</span>
                        <span className="sr-only">{t("notIncluded")}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
