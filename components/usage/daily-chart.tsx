import { Card, CardHeader } from "@/components/ui/card";

/** A bar per UTC day, plain divs: no chart library for thirty rectangles. */
export function DailyChart({ meter, data }: { meter: string; data: { date: string; quantity: number }[] }) {
  const max = Math.max(1, ...data.map((d) => d.quantity));
  const total = data.reduce((sum, d) => sum + d.quantity, 0);
  return (
    <Card>
      <CardHeader title={`Last ${data.length} days`} description={`${total.toLocaleString("en-US")} ${meter}, per UTC day.`} />
      <div className="flex h-40 items-end gap-1" role="img" aria-label={`Daily ${meter} for the last ${data.length} days`} data-testid="daily-chart">
        {data.map((d) => (
          <div key={d.date} className="group relative flex h-full flex-1 items-end" title={`${d.date}: ${d.quantity.toLocaleString("en-US")}`}>
            <div className="w-full rounded-t bg-foreground/80 group-hover:bg-foreground" style={{ height: `${(d.quantity / max) * 100}%`, minHeight: d.quantity > 0 ? 2 : 0 }} />
          </div>
        ))}
      </div>
      <div className="mt-1 flex justify-between text-xs text-muted-foreground">
        <span>{data[0]?.date}</span>
        <span>{data.at(-1)?.date}</span>
      </div>
    </Card>
  );
}
