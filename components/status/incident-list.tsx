import { getFormatter, getTranslations } from "next-intl/server";
import type { Incident } from "@/lib/status/incidents";
import { stateStyles } from "./state-styles";

/** Incidents with their updates, newest first; each is a link target (`#inc_…`) for the RSS items. */
export async function IncidentList({ incidents }: { incidents: readonly Incident[] }) {
  const [t, format] = await Promise.all([getTranslations("status.page"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });
  return (
    <ol className="mt-4 space-y-6">
      {incidents.map((incident) => (
        <li key={incident.id} id={incident.id} className="rounded-lg border border-border p-4" data-testid="status-incident">
          <h3 className={`font-semibold ${incident.resolvedAt ? "" : stateStyles[incident.impact].text}`}>{incident.title}</h3>
          <p className="text-xs text-muted-foreground">{t("affects", { components: incident.components.join(", ") })}</p>
          <ol className="mt-3 space-y-3">
            {incident.updates.map((update) => (
              <li key={update.id} className="text-sm">
                <p>
                  <strong>{t(`incidentStatus.${update.status}`)}</strong> — <span className="whitespace-pre-line">{update.body}</span>
                </p>
                <p className="text-xs text-muted-foreground">
                  <time dateTime={update.createdAt.toISOString()}>{when(update.createdAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
