import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { analyticsOverview, conversionFunnel, rangeQuery } from "@/lib/analytics/overview";
import type { AdminPageProps } from "@/lib/manifest/define";
import { Breakdown } from "./breakdown";
import { DailyBars } from "./daily-bars";

/**
 * `/admin/analytics`: what the tracker counted over a range (`?from=&to=`, UTC days; the last 30
 * days by default): the headline figures, visitors per day, the funnel, and the breakdowns.
 */
export async function AnalyticsDashboardPage({ searchParams }: AdminPageProps) {
  const parsed = rangeQuery.safeParse({ from: searchParams.from || undefined, to: searchParams.to || undefined });
  const range = parsed.success ? parsed.data : rangeQuery.parse({});
  const overview = await analyticsOverview(range);
  const [funnel, t, format] = await Promise.all([conversionFunnel(range, overview.visitors), getTranslations("analytics.dashboard"), getFormatter()]);
  const percent = (rate: number | null) => (rate === null ? "—" : format.number(rate, { style: "percent", maximumFractionDigits: 1 }));
  const minutes = Math.floor(overview.avgDurationSeconds / 60);
  const figures: [string, string][] = [
    [t("figures.visitors"), format.number(overview.visitors)],
    [t("figures.pageviews"), format.number(overview.pageviews)],
    [t("figures.visits"), format.number(overview.visits)],
    [t("figures.bounceRate"), percent(overview.visits === 0 ? null : overview.bounceRate)],
    [t("figures.duration"), t("duration", { minutes, seconds: overview.avgDurationSeconds % 60 })],
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("range")}>
        <div className="space-y-1">
          <Label htmlFor="analytics-from">{t("from")}</Label>
          <Input id="analytics-from" name="from" type="date" defaultValue={range.from} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="analytics-to">{t("to")}</Label>
          <Input id="analytics-to" name="to" type="date" defaultValue={range.to} />
        </div>
        <button type="submit" className={buttonClass("secondary", "md")}>
          {t("apply")}
        </button>
      </form>
      {parsed.success ? null : <Alert tone="error">{t("badRange")}</Alert>}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="analytics-figures">
        {figures.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-border bg-card p-4">
            <dt className="text-sm text-muted-foreground">{label}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <Card>
        <CardHeader title={t("dailyTitle")} />
        <DailyBars days={overview.daily} label={t("dailyLabel", { from: range.from, to: range.to })} visitorsLabel={t("figures.visitors")} />
      </Card>
      <Card data-testid="analytics-funnel">
        <CardHeader title={t("funnel.title")} description={t("funnel.description")} />
        <ol className="grid gap-3 sm:grid-cols-4">
          {funnel.steps.map((step) => (
            <li key={step.step} className="rounded-md border border-border p-3">
              <p className="text-sm text-muted-foreground">{t(`funnel.${step.step}`)}</p>
              <p className="text-xl font-semibold tabular-nums">{format.number(step.count)}</p>
              {step.conversion === null ? null : <p className="text-xs text-muted-foreground">{t("funnel.conversion", { rate: percent(step.conversion) })}</p>}
            </li>
          ))}
        </ol>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Breakdown title={t("pages")} column={t("columns.page")} rows={overview.topPages.map((p) => ({ key: p.path, label: p.path, visitors: p.visitors, pageviews: p.pageviews }))} />
        <Breakdown title={t("sources")} column={t("columns.source")} rows={overview.sources.map((s) => ({ key: s.source ?? "", label: s.source ?? t("direct"), visitors: s.visitors, pageviews: s.pageviews }))} />
        <Breakdown title={t("campaigns")} column={t("columns.campaign")} rows={overview.campaigns.map((c) => ({ key: c.campaign, label: c.campaign, visitors: c.visitors, pageviews: c.pageviews }))} />
        <Breakdown title={t("countries")} column={t("columns.country")} rows={overview.countries.map((c) => ({ key: c.country ?? "", label: c.country ?? t("unknown"), visitors: c.visitors }))} />
        <Breakdown title={t("devices")} column={t("columns.device")} rows={overview.devices.map((d) => ({ key: d.device, label: t(`device.${d.device as "mobile" | "tablet" | "desktop"}`), visitors: d.visitors }))} />
      </div>
    </div>
  );
}
