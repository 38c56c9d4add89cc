import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { webhookEndpoints } from "@/db/schema/webhooks";
import { recordAudit } from "@/lib/audit";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { emit } from "@/lib/jobs";
import { notify } from "@/lib/jobs/notify";
import { tenantAdminContacts } from "@/lib/tenants/membership";
import { webhookDisabledEmail } from "./emails";
import { webhookDisabledNotification } from "./notifications";

/** How long an endpoint may fail every attempt before it is disabled (Svix's figure). */
export const failingDisablesAfterMs = 5 * 24 * 60 * 60 * 1000;

/**
 * Turns an endpoint off because its receiver asked (410 Gone) or kept failing, and tells the
 * tenant's owner and admins by email, in the caller's transaction. The conditional update makes
 * it happen once however many attempts fail at the same moment.
 */
export async function disableEndpoint(tx: Executor, endpoint: { id: string; tenantId: string; url: string }, reason: "gone" | "failing"): Promise<boolean> {
  const [disabled] = await tx
    .update(webhookEndpoints)
    .set({ enabled: false, disabledReason: reason })
    .where(and(eq(webhookEndpoints.id, endpoint.id), eq(webhookEndpoints.enabled, true)))
    .returning({ id: webhookEndpoints.id });
  if (!disabled) return false;
  await recordAudit(tx, { action: "webhook.endpoint_disabled", tenantId: endpoint.tenantId, actorId: null, targetType: "webhook_endpoint", targetId: endpoint.id, data: { url: endpoint.url, reason } });
  await emit(tx, "webhook.endpoint_disabled", { tenantId: endpoint.tenantId, endpointId: endpoint.id, url: endpoint.url, reason });
  await notify(tx, webhookDisabledNotification, { tenantId: endpoint.tenantId, tenantRoles: ["owner", "admin"], data: { url: endpoint.url, reason } });
  for (const contact of await tenantAdminContacts(endpoint.tenantId, tx)) {
    await sendEmail(tx, {
      to: contact.email,
      template: webhookDisabledEmail,
      props: { tenantName: contact.tenantName, endpointUrl: endpoint.url, reason, url: `${appUrl}/dashboard/webhooks` },
    });
  }
  return true;
}
