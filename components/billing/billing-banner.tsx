"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/components/ui/format";
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
  const portal = useRedirectAction(tenantId);
  if (state !== "past_due" && state !== "suspended") return null;
  const title = state === "past_due" ? "Payment failed — update your card" : "Your subscription is suspended — update your card to restore paid features. Your data is kept.";
  return (
    <div data-testid="billing-banner" className="mb-6">
      <Alert tone="error" title={title}>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p>
            {state === "past_due" && graceUntil ? `Paid features stay on until ${formatDate(graceUntil)}.` : null}
            {canManage ? null : " Ask an owner or admin of this tenant to update the card."}
          </p>
          {canManage ? (
            <Button size="sm" variant="danger" loading={portal.busyKey === "portal"} onClick={() => portal.go("portal", "/billing/portal")}>
              Update card
            </Button>
          ) : null}
        </div>
        {portal.error ? <p className="mt-2">{portal.error}</p> : null}
      </Alert>
    </div>
  );
}
