/**
 * Visitors per day as bars, drawn with CSS (no chart library in the admin bundle for one series).
 * The figure is an image to assistive technology, with a summary label; each bar's title gives
 * its day and count on hover.
 */
export function DailyBars({ days, label, visitorsLabel }: { days: { day: string; visitors: number }[]; label: string; visitorsLabel: string }) {
  const peak = Math.max(1, ...days.map((d) => d.visitors));
  if (days.length === 0) return <p className="text-sm text-muted-foreground">{label}</p>;
  return (
    <div role="img" aria-label={label} className="flex h-32 items-end gap-px" data-testid="analytics-daily">
      {days.map((d) => (
        <div key={d.day} title={`${d.day}: ${d.visitors} ${visitorsLabel}`} className="min-w-0 flex-1 rounded-t-sm bg-primary" style={{ height: `${Math.max(2, (d.visitors / peak) * 100)}%` }} />
      ))}
    </div>
  );
}
