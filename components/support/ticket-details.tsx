import { useFormatter, useTranslations } from "next-intl";

export type TicketDetailsProps = {
  ticket: { id: string; requestId: string | null; url: string | null; userAgent: string | null; createdAt: string | Date };
  screenshotUrl: string | null;
  /** Rows only the support team sees (reporter, tenant). */
  extra?: readonly [string, string][];
};

/** What was captured with a report: the page, the request id, the browser, the screenshot. */
export function TicketDetails({ ticket, screenshotUrl, extra = [] }: TicketDetailsProps) {
  const t = useTranslations("support.details");
  const format = useFormatter();
  const rows: [string, string][] = [
    [t("ticket"), ticket.id],
    [t("reported"), format.dateTime(new Date(ticket.createdAt), "dateTime")],
    ...extra,
    [t("page"), ticket.url ?? "—"],
    [t("requestId"), ticket.requestId ?? "—"],
    [t("browser"), ticket.userAgent ?? "—"],
  ];
  return (
    <div className="space-y-4 rounded-lg border border-border p-4">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      {screenshotUrl ? (
        <a href={screenshotUrl} target="_blank" rel="noreferrer" className="block w-fit">
          {/* A private, authenticated image: next/image would try to optimize (and cache) it. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={screenshotUrl} alt={t("screenshotAlt")} className="max-h-80 rounded border border-border" />
        </a>
      ) : null}
    </div>
  );
}
