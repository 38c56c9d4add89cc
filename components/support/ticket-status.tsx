import { Badge } from "@/components/ui/badge";

const labels = { open: "open", pending: "waiting on you", solved: "solved" } as const;
const staffLabels = { open: "open", pending: "pending", solved: "solved" } as const;

/** A ticket's status; users read `pending` as what it means to them. */
export function TicketStatus({ status, audience = "user" }: { status: "open" | "pending" | "solved"; audience?: "user" | "staff" }) {
  const tone = status === "solved" ? "border-success/40 text-success" : status === "open" ? "" : "border-foreground/30";
  return <Badge className={tone}>{(audience === "staff" ? staffLabels : labels)[status]}</Badge>;
}
