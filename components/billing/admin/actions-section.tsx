import { adminAvailableActions } from "@/lib/billing/admin-view";
import type { AdminTenantSectionProps } from "@/lib/manifest/define";
import { BillingActionForm } from "./billing-action-form";

/**
 * The platform billing actions the tenant's standing allows. Listed here, applied by the /platform
 * REST routes the form posts to, which check the admin and the move again.
 */
export async function ActionsSection({ tenantId }: AdminTenantSectionProps) {
  return <BillingActionForm tenantId={tenantId} available={await adminAvailableActions(tenantId)} />;
}
