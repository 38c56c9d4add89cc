import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { revenueHealth } from "@/lib/revenue/health";
import { revenueMetrics } from "@/lib/revenue/metrics";
import { money, percent } from "./format";
import { RevenueCharts } from "./revenue-charts";

/** `/admin/revenue`: the revenue figures, charts, the months as a table and a CSV export. */
export async function RevenuePage() {
  const now = new Date();
  const [metrics, health] = await Promise.all([revenueMetrics({ now }), revenueHealth({ now })]);
  const { currency } = metrics;
  const figures: [string, string, string][] = [
    ["MRR", money(metrics.mrr, currency), "Monthly-normalized price of every paying subscription"],
    ["ARR", money(metrics.arr, currency), "MRR × 12"],
    ["ARPU", money(health.arpu, currency), `MRR per paying tenant (${health.payingCustomers} paying)`],
    ["Net revenue retention", percent(health.netRevenueRetention.rate), "MRR now of the tenants paying 12 months ago, over theirs then"],
    ["Logo churn", percent(health.logoChurn.rate), `${health.logoChurn.churned} of ${health.logoChurn.atStart} tenants paying 12 months ago stopped`],
    ["Trial → paid", percent(health.trialConversion.rate), `${health.trialConversion.converted} of ${health.trialConversion.ended} trials ended in a subscription`],
    ["Payment recovery", percent(health.paymentRecovery.rate), `${health.paymentRecovery.recovered} of ${health.paymentRecovery.episodes} dunning episodes recovered (${health.paymentRecovery.open} open)`],
    ["Refunds", money(health.refunds.amount, currency), `${health.refunds.count} refunds or disputes, ${percent(health.refunds.rate)} of ${money(health.refunds.collected, currency)} collected`],
  ];
  const c = metrics.customers;
  return (
    <div className="space-y-8">
      <PageHeader
        title="Revenue"
        description="From Keel's own billing history, in the plans' currency; the last 12 calendar months (UTC), the current one as of now."
        action={<a className={buttonClass("secondary", "sm")} href="/platform/metrics/revenue/export" download>Export CSV</a>}
      />
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="revenue-figures">
        {figures.map(([label, value, hint]) => (
          <div key={label} className="rounded-lg border border-border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
            <dd className="mt-1 text-xs text-muted-foreground">{hint}</dd>
          </div>
        ))}
      </dl>
      <Card>
        <CardHeader title="Customers" description={`Tenants by billing standing now; ${health.comped} on a complimentary plan (counted as active, no MRR).`} />
        <p className="text-sm tabular-nums">
          {c.active} active · {c.pastDue} past due · {c.trialing} trialing · {c.suspended} suspended · {c.canceled} canceled · {c.free} free
        </p>
      </Card>
      <Card>
        <CardHeader title="Monthly recurring revenue" />
        <RevenueCharts months={metrics.months} currency={currency} />
      </Card>
      <Card>
        <CardHeader title="Months" description="Month-end snapshots; movements compare each tenant's MRR with the previous month-end." />
        <Table data-testid="revenue-months">
          <THead>
            <Tr>
              {["Month", "MRR", "New", "Reactivated", "Expansion", "Contraction", "Churned"].map((h) => (
                <Th key={h} className={h === "Month" ? undefined : "text-right"}>{h}</Th>
              ))}
            </Tr>
          </THead>
          <TBody>
            {[...metrics.months].reverse().map((m) => (
              <Tr key={m.month}>
                <Td>{m.month}</Td>
                {[m.mrr, m.new, m.reactivated, m.expansion, -m.contraction, -m.churned].map((v, i) => (
                  <Td key={i} className="text-right tabular-nums">{money(v || 0, currency)}</Td>
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
