import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export type MeterRow = { meter: string; used: number; limit: number | null; mode: "hard" | "soft" | "overage" | null; suggestedPlan?: string | null };

/** A plan id as people read it: "starter" → "Starter". */
const planLabel = (plan: string) => `${plan.charAt(0).toUpperCase()}${plan.slice(1)}`;

/** One bar per meter: this period's usage against its quota (unlimited meters show the count). */
export function QuotaBars({ meters, periodEnd }: { meters: MeterRow[]; periodEnd: string }) {
  const t = useTranslations("usage.quota");
  const format = useFormatter();
  return (
    <Card>
      <CardHeader title={t("title")} description={t("resets", { date: format.dateTime(new Date(periodEnd), { day: "numeric", month: "long" }) })} />
      <ul className="space-y-4" data-testid="quota-bars">
        {meters.map((m) => {
          const share = m.limit ? Math.min(1, m.used / m.limit) : 0;
          return (
            <li key={m.meter} className="space-y-1">
              <div className="flex items-center justify-between gap-2 text-sm">
                <span className="font-mono">{m.meter}</span>
                <span className="flex items-center gap-2 tabular-nums">
                  {m.limit === null ? format.number(m.used) : t("usedOfLimit", { used: m.used, limit: m.limit })}
                  {m.mode ? <Badge data-mode={m.mode}>{t(`modes.${m.mode}`)}</Badge> : null}
                </span>
              </div>
              {m.limit !== null ? (
                <div
                  className="h-2 w-full overflow-hidden rounded-full bg-muted"
                  role="progressbar"
                  aria-label={t("progressLabel", { meter: m.meter })}
                  aria-valuemin={0}
                  aria-valuemax={m.limit}
                  aria-valuenow={m.used}
                >
                  <div className={cn("h-full rounded-full", share >= 1 ? "bg-red-600" : share >= 0.8 ? "bg-amber-500" : "bg-foreground")} style={{ width: `${share * 100}%` }} />
                </div>
              ) : null}
              {m.suggestedPlan ? (
                <p className="text-xs text-muted-foreground">
                  {t.rich("upgrade", {
                    plan: planLabel(m.suggestedPlan),
                    link: (chunks) => (
                      <Link href="/dashboard/billing" className="font-medium text-foreground underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
