import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export type MeterRow = { meter: string; used: number; limit: number | null; mode: "hard" | "soft" | "overage" | null; suggestedPlan?: string | null };

const modeLabel = { hard: "Blocks at limit", soft: "Warns at limit", overage: "Bills overage" } as const;

/** One bar per meter: this period's usage against its quota (unlimited meters show the count). */
export function QuotaBars({ meters, periodEnd }: { meters: MeterRow[]; periodEnd: string }) {
  return (
    <Card>
      <CardHeader title="This month" description={`Quotas reset on ${new Date(periodEnd).toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" })}.`} />
      <ul className="space-y-4" data-testid="quota-bars">
        {meters.map((m) => {
          const share = m.limit ? Math.min(1, m.used / m.limit) : 0;
          return (
            <li key={m.meter} className="space-y-1">
              <div className="flex items-center justify-between gap-2 text-sm">
                <span className="font-mono">{m.meter}</span>
                <span className="flex items-center gap-2 tabular-nums">
                  {m.used.toLocaleString("en-US")}
                  {m.limit !== null ? ` / ${m.limit.toLocaleString("en-US")}` : ""}
                  {m.mode ? <Badge>{modeLabel[m.mode]}</Badge> : null}
                </span>
              </div>
              {m.limit !== null ? (
                <div
                  className="h-2 w-full overflow-hidden rounded-full bg-muted"
                  role="progressbar"
                  aria-label={`${m.meter} used`}
                  aria-valuemin={0}
                  aria-valuemax={m.limit}
                  aria-valuenow={m.used}
                >
                  <div className={cn("h-full rounded-full", share >= 1 ? "bg-red-600" : share >= 0.8 ? "bg-amber-500" : "bg-foreground")} style={{ width: `${share * 100}%` }} />
                </div>
              ) : null}
              {m.suggestedPlan ? (
                <p className="text-xs text-muted-foreground">
                  Close to the quota.{" "}
                  <Link href="/dashboard/billing" className="font-medium text-foreground underline">
                    {`Upgrade to ${m.suggestedPlan.charAt(0).toUpperCase()}${m.suggestedPlan.slice(1)}`}
                  </Link>{" "}
                  for room to grow.
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
