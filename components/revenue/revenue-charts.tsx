"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { RevenueMonth } from "@/lib/revenue/schemas";
import { money, monthStart } from "./format";

/** The movements charted as bars, in stacking order, with their colors. */
const movements = [
  ["new", "#16a34a"],
  ["reactivated", "#0d9488"],
  ["expansion", "#2563eb"],
  ["contraction", "#f59e0b"],
  ["churned", "#dc2626"],
] as const;

/**
 * MRR over the months, and each month's movements as bars around zero (losses below). Amounts
 * arrive in cents and are charted in whole currency units; axes and tooltips speak the locale.
 */
export function RevenueCharts({ months, currency }: { months: readonly RevenueMonth[]; currency: string }) {
  const t = useTranslations("revenue.page");
  const format = useFormatter();
  const locale = useLocale();
  const toUnits = (cents: number) => cents / 100;
  const data = months.map((m) => ({
    month: m.month,
    mrr: toUnits(m.mrr),
    new: toUnits(m.new),
    reactivated: toUnits(m.reactivated),
    expansion: toUnits(m.expansion),
    contraction: -toUnits(m.contraction),
    churned: -toUnits(m.churned),
  }));
  const tooltip = (value: unknown) => money(Math.round(Number(value) * 100), currency, locale);
  const monthTick = (month: unknown) => format.dateTime(monthStart(String(month)), { month: "short", year: "2-digit" });
  const monthLabel = (month: unknown) => format.dateTime(monthStart(String(month)), { month: "long", year: "numeric" });
  const amountTick = (value: unknown) => format.number(Number(value), { style: "currency", currency: currency.toUpperCase(), notation: "compact" });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <figure className="space-y-2">
        <figcaption className="text-sm font-medium">{t("mrrChart")}</figcaption>
        <div className="h-64" role="img" aria-label={t("mrrChartLabel")}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" fontSize={12} tickFormatter={monthTick} />
              <YAxis fontSize={12} tickFormatter={amountTick} />
              <Tooltip formatter={tooltip} labelFormatter={monthLabel} />
              {/* Straight segments: a curve would invent values between month-ends. */}
              <Line type="linear" dataKey="mrr" name={t("columns.mrr")} stroke="#2563eb" strokeWidth={2} dot />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="space-y-2">
        <figcaption className="text-sm font-medium">{t("movementsChart")}</figcaption>
        <div className="h-64" role="img" aria-label={t("movementsChartLabel")}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} stackOffset="sign">
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" fontSize={12} tickFormatter={monthTick} />
              <YAxis fontSize={12} tickFormatter={amountTick} />
              <Tooltip formatter={tooltip} labelFormatter={monthLabel} />
              <Legend />
              {movements.map(([key, color]) => (
                <Bar key={key} dataKey={key} name={t(`columns.${key}`)} stackId="m" fill={color} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
