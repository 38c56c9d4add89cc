import { getFormatter, getTranslations } from "next-intl/server";
import type { DayBar } from "@/lib/status/store";
import { stateStyles } from "./state-styles";

/**
 * 90 bars, one per UTC day, oldest first. To assistive technology the row is one image with a
 * label; each bar's title tells its day, state and uptime on hover.
 */
export async function UptimeBars({ name, bars }: { name: string; bars: readonly DayBar[] }) {
  const [t, format] = await Promise.all([getTranslations("status.page"), getFormatter()]);
  return (
    <div>
      <div role="img" aria-label={t("barsLabel", { name })} className="flex h-8 items-stretch gap-px" data-testid="uptime-bars">
        {bars.map((bar) => {
          const state = t(`state.${bar.status}`);
          const title = bar.uptime === null ? t("day", { day: bar.day, state }) : t("dayWithUptime", { day: bar.day, state, uptime: format.number(bar.uptime, { style: "percent", maximumFractionDigits: 1 }) });
          return <span key={bar.day} title={title} data-day={bar.day} data-status={bar.status} className={`min-w-0 flex-1 rounded-sm ${stateStyles[bar.status].bar}`} />;
        })}
      </div>
      <div className="mt-1 flex justify-between text-xs text-muted-foreground" aria-hidden="true">
        <span>{t("ninetyDaysAgo")}</span>
        <span>{t("today")}</span>
      </div>
    </div>
  );
}
