"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Card, CardHeader } from "@/components/ui/card";
import { useApi } from "@/components/ui/use-api";
import { formatMoney } from "./money";

type Overage = {
  period: { start: string; end: string };
  fees: { meter: string; used: number; included: number; overage: number; amount: number; currency: string }[];
  total: number;
  currency: string;
};

/**
 * Metered overage so far this period, as it will appear on the next invoice. Reads the usage
 * module's `GET /usage/overage`; without that module (or on a plan without overage) it shows nothing.
 */
export function UpcomingOverage({ tenantId }: { tenantId: string }) {
  const t = useTranslations("billing.overage");
  const format = useFormatter();
  const locale = useLocale();
  const overage = useApi<Overage>("/usage/overage", { tenantId });
  const data = overage.data;
  if (!data || data.fees.length === 0) return null;
  return (
    <Card data-testid="upcoming-overage">
      <CardHeader title={t("title")} description={t("description", { date: format.dateTime(new Date(data.period.end), "date") })} />
      <ul className="space-y-2 text-sm">
        {data.fees.map((fee) => (
          <li key={fee.meter} className="flex justify-between gap-4">
            <span>
              {t.rich("fee", {
                meter: fee.meter,
                used: fee.used,
                included: fee.included,
                overage: fee.overage,
                code: (chunks) => <code className="text-xs">{chunks}</code>,
              })}
            </span>
            <span className="font-medium">{formatMoney(fee.amount, fee.currency, locale)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 border-t border-border pt-3 text-right text-sm font-semibold">{t("total", { amount: formatMoney(data.total, data.currency, locale) })}</p>
    </Card>
  );
}
