"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

type Status = "open" | "pending" | "solved";

export type TicketControlsProps = { ticketId: string; status: Status; assigneeId: string | null; staff: readonly { id: string; label: string }[] };

/** Status and assignee of a ticket, saved through `PATCH /platform/support/tickets/<id>`. */
export function TicketControls({ ticketId, status: initialStatus, assigneeId: initialAssignee, staff }: TicketControlsProps) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>(initialStatus);
  const [assigneeId, setAssigneeId] = useState(initialAssignee ?? "");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  async function save() {
    setPending(true);
    setMessage(null);
    try {
      await api(`/platform/support/tickets/${ticketId}`, { method: "PATCH", body: { status, assigneeId: assigneeId || null } });
      setMessage({ tone: "success", text: "Saved." });
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
          <Label htmlFor="ticket-status">Status</Label>
          <Select id="ticket-status" value={status} onChange={(e) => setStatus(e.target.value as Status)} options={[{ value: "open", label: "open" }, { value: "pending", label: "pending" }, { value: "solved", label: "solved" }]} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="ticket-assignee">Assignee</Label>
          <Select id="ticket-assignee" value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} options={[{ value: "", label: "Unassigned" }, ...staff.map((s) => ({ value: s.id, label: s.label }))]} />
        </div>
        <Button variant="secondary" onClick={save} loading={pending}>
          Save
        </Button>
      </div>
    </div>
  );
}
