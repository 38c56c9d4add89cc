"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useHydrated } from "@/components/ui/use-hydrated";

const statuses = ["open", "pending", "solved"] as const;
type Status = (typeof statuses)[number];

export type TicketControlsProps = { ticketId: string; status: Status; assigneeId: string | null; staff: readonly { id: string; label: string }[] };

/** Status and assignee of a ticket, saved through `PATCH /platform/support/tickets/<id>`. */
export function TicketControls({ ticketId, status: initialStatus, assigneeId: initialAssignee, staff }: TicketControlsProps) {
  const errorMessage = useErrorMessage();
  const t = useTranslations("support.controls");
  const ts = useTranslations("support.status.staff");
  const router = useRouter();
  const [status, setStatus] = useState<Status>(initialStatus);
  const [assigneeId, setAssigneeId] = useState(initialAssignee ?? "");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const hydrated = useHydrated();
  // The ticket as the server last rendered it. When that changes (this save's refresh, or a reply
  // that moved the status), the selects follow it; the component is not remounted, as a `key` on
  // those values once did, which threw "Saved." away the moment the refresh landed.
  const [shown, setShown] = useState({ status: initialStatus, assigneeId: initialAssignee });
  if (shown.status !== initialStatus || shown.assigneeId !== initialAssignee) {
    setShown({ status: initialStatus, assigneeId: initialAssignee });
    setStatus(initialStatus);
    setAssigneeId(initialAssignee ?? "");
  }

  async function save() {
    setPending(true);
    setMessage(null);
    try {
      await api(`/platform/support/tickets/${ticketId}`, { method: "PATCH", body: { status, assigneeId: assigneeId || null } });
      setMessage({ tone: "success", text: t("saved") });
      router.refresh();
    } catch (caught) {
      setMessage({ tone: "error", text: errorMessage(caught) });
    }
    setPending(false);
  }

  return (
    <div className="space-y-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="ticket-status">{t("status")}</Label>
          <Select id="ticket-status" value={status} onChange={(e) => setStatus(e.target.value as Status)} options={statuses.map((value) => ({ value, label: ts(value) }))} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="ticket-assignee">{t("assignee")}</Label>
          <Select id="ticket-assignee" value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} options={[{ value: "", label: t("unassigned") }, ...staff.map((s) => ({ value: s.id, label: s.label }))]} />
        </div>
        <Button variant="secondary" onClick={save} loading={pending} disabled={!hydrated}>
          {t("save")}
        </Button>
      </div>
    </div>
  );
}
