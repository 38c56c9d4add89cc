"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { RevenueMonth } from "@/lib/revenue/schemas";
import { money } from "./format";

/**
 * MRR over the months, and each month's movements as bars around zero (losses below). Amounts
 * arrive in cents and are charted in whole currency units.
 */
export function RevenueCharts({ months, currency }: { months: readonly RevenueMonth[]; currency: string }) {
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
  const tooltip = (value: unknown) => money(Math.round(Number(value) * 100), currency);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <figure className="space-y-2">
        <figcaption className="text-sm font-medium">MRR at each month&apos;s end</figcaption>
        <div className="h-64" role="img" aria-label="Line chart of MRR per month; the same figures are in the table below.">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" fontSize={12} />
              <YAxis fontSize={12} />
              <Tooltip formatter={tooltip} />
              {/* Straight segments: a curve would invent values between month-ends. */}
              <Line type="linear" dataKey="mrr" name="MRR" stroke="#2563eb" strokeWidth={2} dot />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="space-y-2">
        <figcaption className="text-sm font-medium">MRR movements</figcaption>
        <div className="h-64" role="img" aria-label="Bar chart of new, reactivated, expansion, contraction and churned MRR per month; the same figures are in the table below.">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} stackOffset="sign">
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" fontSize={12} />
              <YAxis fontSize={12} />
              <Tooltip formatter={tooltip} />
              <Legend />
              <Bar dataKey="new" name="New" stackId="m" fill="#16a34a" />
              <Bar dataKey="reactivated" name="Reactivated" stackId="m" fill="#0d9488" />
              <Bar dataKey="expansion" name="Expansion" stackId="m" fill="#2563eb" />
              <Bar dataKey="contraction" name="Contraction" stackId="m" fill="#f59e0b" />
              <Bar dataKey="churned" name="Churned" stackId="m" fill="#dc2626" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
