import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** A ticket's status; users read `pending` as what it means to them. */
export function TicketStatus({ status, audience = "user" }: { status: "open" | "pending" | "solved"; audience?: "user" | "staff" }) {
  const t = useTranslations("support.status");
  const tone = status === "solved" ? "border-success/40 text-success" : status === "open" ? "" : "border-foreground/30";
  return <Badge className={tone}>{audience === "staff" ? t(`staff.${status}`) : t(`user.${status}`)}</Badge>;
}
