import { useFormatter, useTranslations } from "next-intl";
import { Card, CardHeader } from "@/components/ui/card";

/** A bar per UTC day, plain divs: no chart library for thirty rectangles. */
export function DailyChart({ meter, data }: { meter: string; data: { date: string; quantity: number }[] }) {
  const t = useTranslations("usage.daily");
  const format = useFormatter();
  const max = Math.max(1, ...data.map((d) => d.quantity));
  const total = data.reduce((sum, d) => sum + d.quantity, 0);
  // Days arrive as UTC dates ("2026-11-28"); the formatter's time zone is UTC too.
  const day = (date: string) => format.dateTime(new Date(date), "date");
  return (
    <Card>
      <CardHeader title={t("title", { days: data.length })} description={t("description", { total, meter })} />
      <div className="flex h-40 items-end gap-1" role="img" aria-label={t("chartLabel", { meter, days: data.length })} data-testid="daily-chart">
        {data.map((d) => (
          <div key={d.date} className="group relative flex h-full flex-1 items-end" title={t("bar", { date: day(d.date), quantity: d.quantity })}>
            <div className="w-full rounded-t bg-foreground/80 group-hover:bg-foreground" style={{ height: `${(d.quantity / max) * 100}%`, minHeight: d.quantity > 0 ? 2 : 0 }} />
          </div>
        ))}
      </div>
      <div className="mt-1 flex justify-between text-xs text-muted-foreground">
        {[data.at(0), data.at(-1)].map((point, i) => (
          <span key={i}>{point ? day(point.date) : null}</span>
        ))}
      </div>
    </Card>
  );
}
