import type { Executor } from "@/db/client";
import { billingNotices } from "@/db/schema/billing";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { notify } from "@/lib/jobs";
import { paymentFailedNotification } from "./notifications";
import { paymentFailedEmail } from "./emails";
import { tenantAdminContacts } from "@/lib/tenants/membership";


/**
 * Sends one dunning email of a stage to the tenant's owner and admins, once per episode: the
 * notice row (tenant, `dunning:<episode>:<stage>`) is the guard. Returns whether it sent.
 */
export async function sendDunningNotice(
  tx: Executor,
  input: { tenantId: string; stage: "day0" | "day3" | "final"; pastDueSince: Date; graceUntil: Date },
): Promise<boolean> {
  const key = `dunning:${input.pastDueSince.toISOString()}:${input.stage}`;
  const [fresh] = await tx.insert(billingNotices).values({ tenantId: input.tenantId, key }).onConflictDoNothing().returning({ key: billingNotices.key });
  if (!fresh) return false;
  for (const contact of await tenantAdminContacts(input.tenantId, tx)) {
    await sendEmail(tx, {
      to: contact.email,
      template: paymentFailedEmail,
      props: { tenantName: contact.tenantName, stage: input.stage, graceUntil: input.graceUntil.toISOString(), url: `${appUrl}/dashboard/billing` },
    });
  }
  await notify(tx, paymentFailedNotification, { tenantId: input.tenantId, tenantRoles: ["owner", "admin"], data: { stage: input.stage, graceUntil: input.graceUntil } });
  return true;
}
