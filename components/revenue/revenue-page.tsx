import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { revenueHealth } from "@/lib/revenue/health";
import { revenueMetrics } from "@/lib/revenue/metrics";
import { money, monthStart, percent } from "./format";
import { RevenueCharts } from "./revenue-charts";

/** The months table's columns after the month, each a key of `revenue.page.columns`. */
const columns = ["mrr", "new", "reactivated", "expansion", "contraction", "churned"] as const;

/** `/admin/revenue`: the revenue figures, charts, the months as a table and a CSV export. */
export async function RevenuePage() {
  const now = new Date();
  const [metrics, health, t, format, locale] = await Promise.all([revenueMetrics({ now }), revenueHealth({ now }), getTranslations("revenue.page"), getFormatter(), getLocale()]);
  const { currency } = metrics;
  const cash = (cents: number | null) => money(cents, currency, locale);
  const share = (rate: number | null) => percent(rate, locale);
  const { logoChurn, trialConversion, paymentRecovery, refunds } = health;
  const figures: [string, string, string][] = [
    [t("figures.mrr"), cash(metrics.mrr), t("figures.mrrHint")],
    [t("figures.arr"), cash(metrics.arr), t("figures.arrHint")],
    [t("figures.arpu"), cash(health.arpu), t("figures.arpuHint", { paying: health.payingCustomers })],
    [t("figures.nrr"), share(health.netRevenueRetention.rate), t("figures.nrrHint")],
    [t("figures.logoChurn"), share(logoChurn.rate), t("figures.logoChurnHint", { churned: logoChurn.churned, atStart: logoChurn.atStart })],
    [t("figures.trialConversion"), share(trialConversion.rate), t("figures.trialConversionHint", { converted: trialConversion.converted, ended: trialConversion.ended })],
    [t("figures.paymentRecovery"), share(paymentRecovery.rate), t("figures.paymentRecoveryHint", { recovered: paymentRecovery.recovered, episodes: paymentRecovery.episodes, open: paymentRecovery.open })],
    [t("figures.refunds"), cash(refunds.amount), t("figures.refundsHint", { count: refunds.count, rate: share(refunds.rate), collected: cash(refunds.collected) })],
  ];
  const c = metrics.customers;
  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        action={<a className={buttonClass("secondary", "sm")} href="/platform/metrics/revenue/export" download>{t("export")}</a>}
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
        <CardHeader title={t("customers")} description={t("customersHint", { comped: health.comped })} />
        <p className="text-sm tabular-nums">
          {t("customersByState", { active: c.active, pastDue: c.pastDue, trialing: c.trialing, suspended: c.suspended, canceled: c.canceled, free: c.free })}
        </p>
      </Card>
      <Card>
        <CardHeader title={t("mrrTitle")} />
        <RevenueCharts months={metrics.months} currency={currency} />
      </Card>
      <Card>
        <CardHeader title={t("monthsTitle")} description={t("monthsHint")} />
        <Table data-testid="revenue-months">
          <THead>
            <Tr>
              <Th>{t("columns.month")}</Th>
              {columns.map((column) => (
                <Th key={column} className="text-right">{t(`columns.${column}`)}</Th>
              ))}
            </Tr>
          </THead>
          <TBody>
            {[...metrics.months].reverse().map((m) => (
              <Tr key={m.month}>
                <Td data-month={m.month}>{format.dateTime(monthStart(m.month), { month: "long", year: "numeric" })}</Td>
                {[m.mrr, m.new, m.reactivated, m.expansion, -m.contraction, -m.churned].map((v, i) => (
                  <Td key={i} className="text-right tabular-nums">{cash(v || 0)}</Td>
                ))}
              </Tr>
            ))}
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
