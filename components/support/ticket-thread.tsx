import { useFormatter, useTranslations } from "next-intl";

type Message = { id: string; authorRole: "user" | "staff"; body: string; createdAt: string | Date };

/** The report and the replies under it, oldest first. */
export function TicketThread({ report, messages, reporterLabel }: { report: { body: string; createdAt: string | Date }; messages: readonly Message[]; /** @default "You" (translated) */ reporterLabel?: string }) {
  const t = useTranslations("support.thread");
  const format = useFormatter();
  const entries = [{ id: "report", authorRole: "user" as const, body: report.body, createdAt: report.createdAt }, ...messages];
  return (
    <ol className="space-y-3" aria-label={t("label")}>
      {entries.map((entry) => (
        <li key={entry.id} className={entry.authorRole === "staff" ? "rounded-lg border border-border bg-muted/40 p-4" : "rounded-lg border border-border p-4"}>
          <p className="mb-2 text-xs font-medium">
            {entry.authorRole === "staff" ? t("staff") : (reporterLabel ?? t("you"))} · <time dateTime={new Date(entry.createdAt).toISOString()}>{format.dateTime(new Date(entry.createdAt), "dateTime")}</time>
          </p>
          <p className="whitespace-pre-wrap text-sm">{entry.body}</p>
        </li>
      ))}
    </ol>
  );
}
