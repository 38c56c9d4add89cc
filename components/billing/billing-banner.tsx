"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRedirectAction } from "./use-redirect-action";

export type BillingBannerProps = {
  state: string;
  graceUntil: string | null;
  tenantId: string;
  /** Owners and admins get the "Update card" button; others are told who can fix it. */
  canManage: boolean;
};

/** Above every dashboard page while a payment is failing or the tenant is suspended. */
export function BillingBanner({ state, graceUntil, tenantId, canManage }: BillingBannerProps) {
  const t = useTranslations("billing.banner");
  const format = useFormatter();
  const portal = useRedirectAction(tenantId);
  if (state !== "past_due" && state !== "suspended") return null;
  const title = state === "past_due" ? t("pastDue") : t("suspended");
  const lines = [
    state === "past_due" && graceUntil ? t("graceUntil", { date: format.dateTime(new Date(graceUntil), "date") }) : null,
    canManage ? null : t("askManager"),
  ].filter(Boolean);
  return (
    <div data-testid="billing-banner" className="mb-6">
      <Alert tone="error" title={title}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p>{lines.join(" ")}</p>
          {canManage ? (
            <Button size="sm" variant="danger" loading={portal.busyKey === "portal"} onClick={() => portal.go("portal", "/billing/portal")}>
              {t("updateCard")}
            </Button>
          ) : null}
        </div>
        {portal.error ? <p className="mt-2">{portal.error}</p> : null}
      </Alert>
    </div>
  );
}
