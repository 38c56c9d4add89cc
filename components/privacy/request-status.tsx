"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { RequestStatus } from "./types";

const tones: Partial<Record<RequestStatus, string>> = {
  completed: "border-success/40 bg-success/10 text-success",
  failed: "border-danger/40 bg-danger/10 text-danger",
  scheduled: "border-warning/40 bg-warning/10 text-warning",
  held: "border-warning/40 bg-warning/10 text-warning",
  running: "border-info/40 bg-info/10 text-info",
};

/** A data request's status as a badge, coloured by what it asks of the reader. */
export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const t = useTranslations("privacy");
  return (
    <Badge className={tones[status]} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
