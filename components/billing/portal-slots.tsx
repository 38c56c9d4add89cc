import type { PortalSlotProps } from "@/lib/manifest/define";
import { billingAccess } from "@/lib/billing/catalog";
import { loadBillingState } from "@/lib/billing/portal-state";
import { BillingBadge } from "./billing-badge";
import { BillingBanner } from "./billing-banner";

// What billing puts in the portal (its manifest's `portal` slots): the state badge in the header
// and the dunning banner above every page.

export async function BillingHeaderBadge({ tenantId }: PortalSlotProps) {
  const billing = await loadBillingState(tenantId);
  return <BillingBadge state={billing.state} />;
}

export async function BillingPortalBanner({ tenantId, role }: PortalSlotProps) {
  const billing = await loadBillingState(tenantId);
  return <BillingBanner key={tenantId} state={billing.state} graceUntil={billing.graceUntil} tenantId={tenantId} canManage={billingAccess.can(role, { billing: ["manage"] })} />;
}
