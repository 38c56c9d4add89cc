"use client";

import { Card, CardHeader } from "@/components/ui/card";
import { formatDate } from "@/components/ui/format";
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
  const overage = useApi<Overage>("/usage/overage", { tenantId });
  const data = overage.data;
  if (!data || data.fees.length === 0) return null;
  return (
    <Card data-testid="upcoming-overage">
      <CardHeader title="Upcoming usage charges" description={`Added to the invoice at the end of this period (${formatDate(data.period.end)}).`} />
      <ul className="space-y-2 text-sm">
        {data.fees.map((fee) => (
          <li key={fee.meter} className="flex justify-between gap-4">
            <span>
              <code className="text-xs">{fee.meter}</code>: {fee.used.toLocaleString()} used of {fee.included.toLocaleString()} included
              {fee.overage > 0 ? `, ${fee.overage.toLocaleString()} over` : ""}
            </span>
            <span className="font-medium">{formatMoney(fee.amount, fee.currency)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 border-t border-border pt-3 text-right text-sm font-semibold">Total {formatMoney(data.total, data.currency)}</p>
    </Card>
  );
}
