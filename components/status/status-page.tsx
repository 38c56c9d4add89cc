import { getFormatter, getTranslations } from "next-intl/server";
import { recentIncidents } from "@/lib/status/incidents";
import { currentStatus, uptimeHistory } from "@/lib/status/store";
import { IncidentList } from "./incident-list";
import { stateStyles } from "./state-styles";
import { UptimeBars } from "./uptime-bars";

/**
 * `/status`: the overall state, each component with its state now and 90 days of bars, open
 * incidents and those of the last 14 days, and the RSS link. Read per request (the page is dynamic).
 */
export async function StatusPage({ feedHref }: { feedHref: string }) {
  const [now, history, incidents, t, format] = await Promise.all([currentStatus(), uptimeHistory(), recentIncidents(), getTranslations("status.page"), getFormatter()]);
  const percent = (rate: number) => format.number(rate, { style: "percent", maximumFractionDigits: 2 });
  const open = incidents.filter((i) => !i.resolvedAt);
  const past = incidents.filter((i) => i.resolvedAt);
  return (
    <div className="mx-auto w-full max-w-3xl flex-1 px-6 pb-20 pt-12 sm:pt-16">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-4xl font-semibold tracking-tight">{t("title")}</h1>
        <a className="text-sm underline underline-offset-4" href={feedHref}>
          {t("feed")}
        </a>
      </div>
      <p role="status" data-testid="status-overall" data-status={now.status} className={`mt-6 rounded-lg border px-4 py-3 text-lg font-medium ${stateStyles[now.status].banner}`}>
        {t(`overall.${now.status}`)}
      </p>
      <p className="mt-2 text-sm text-muted-foreground">{t("updated", { time: format.dateTime(new Date(now.updatedAt), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) })}</p>

      {open.length > 0 ? (
        <section className="mt-10" aria-labelledby="open-incidents">
          <h2 id="open-incidents" className="text-xl font-semibold">{t("openIncidents")}</h2>
          <IncidentList incidents={open} />
        </section>
      ) : null}

      <section className="mt-10" aria-labelledby="components">
        <h2 id="components" className="text-xl font-semibold">{t("components")}</h2>
        <ul className="mt-4 divide-y divide-border rounded-lg border border-border">
          {now.components.map((component) => {
            const past90 = history.find((h) => h.name === component.name);
            return (
              <li key={component.name} className="space-y-2 p-4" data-testid="status-component" data-name={component.name} data-status={component.status}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-medium">{component.name}</h3>
                  <span className={`text-sm font-medium ${stateStyles[component.status].text}`}>{t(`state.${component.status}`)}</span>
                </div>
                {past90 ? <UptimeBars name={component.name} bars={past90.bars} /> : null}
                <p className="text-xs text-muted-foreground">{past90?.uptime == null ? t("noUptime") : t("uptime", { uptime: percent(past90.uptime) })}</p>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="mt-10" aria-labelledby="past-incidents">
        <h2 id="past-incidents" className="text-xl font-semibold">{t("pastIncidents")}</h2>
        {past.length === 0 ? <p className="mt-3 text-sm text-muted-foreground">{t("noIncidents")}</p> : <IncidentList incidents={past} />}
      </section>
    </div>
  );
}
