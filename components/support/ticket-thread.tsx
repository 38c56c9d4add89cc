import { formatDateTime } from "@/components/ui/format";

type Message = { id: string; authorRole: "user" | "staff"; body: string; createdAt: string | Date };

/** The report and the replies under it, oldest first. */
export function TicketThread({ report, messages, reporterLabel = "You" }: { report: { body: string; createdAt: string | Date }; messages: readonly Message[]; reporterLabel?: string }) {
  const entries = [{ id: "report", authorRole: "user" as const, body: report.body, createdAt: report.createdAt }, ...messages];
  return (
    <ol className="space-y-3" aria-label="Conversation">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.authorRole === "staff" ? "rounded-lg border border-border bg-muted/40 p-4" : "rounded-lg border border-border p-4"}>
          <p className="mb-2 text-xs font-medium">
            {entry.authorRole === "staff" ? "Support" : reporterLabel} · <time dateTime={new Date(entry.createdAt).toISOString()}>{formatDateTime(entry.createdAt)}</time>
          </p>
          <p className="whitespace-pre-wrap text-sm">{entry.body}</p>
        </li>
      ))}
    </ol>
  );
}
