import { and, eq, gt, isNull, lte, ne, or, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { tenants } from "@/db/schema/tenants";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { defineJob } from "@/lib/jobs";
import { tenantAdminContacts } from "@/lib/tenants/membership";
import { apiKeyExpiringEmail } from "./emails";

/** How long before its expiry a key's owners and admins hear about it. @default 7 days */
export const reminderLeadMs = 7 * 86_400_000;

/** Keys not revoked, expiring within the lead time, not yet reminded about this expiry. */
function dueKeys(now: Date) {
  return and(
    isNull(apiKeys.revokedAt),
    gt(apiKeys.expiresAt, now),
    lte(apiKeys.expiresAt, new Date(now.getTime() + reminderLeadMs)),
    or(isNull(apiKeys.expiryRemindedFor), ne(apiKeys.expiryRemindedFor, apiKeys.expiresAt)),
  );
}

/**
 * Emails each tenant's owners and admins once per key that expires within 7 days. A key is
 * claimed by a conditional UPDATE (`expiry_reminded_for = expires_at`) in the transaction that
 * enqueues its mails, so a rerun, a retry or two schedulers at once never send one twice, and a
 * failed run sends none. One transaction per tenant. Returns how many keys were announced.
 */
export async function sendExpiryReminders(now = new Date()): Promise<number> {
  const due = await db
    .selectDistinct({ tenantId: apiKeys.tenantId })
    .from(apiKeys)
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .where(and(dueKeys(now), isNull(tenants.deletedAt)));
  let announced = 0;
  for (const { tenantId } of due) {
    announced += await db.transaction(async (tx) => {
      const claimed = await tx
        .update(apiKeys)
        .set({ expiryRemindedFor: sql`${apiKeys.expiresAt}` })
        .where(and(eq(apiKeys.tenantId, tenantId), dueKeys(now)))
        .returning({ name: apiKeys.name, start: apiKeys.start, expiresAt: apiKeys.expiresAt });
      const contacts = await tenantAdminContacts(tenantId, tx);
      for (const key of claimed) {
        if (!key.expiresAt) continue;
        for (const contact of contacts) {
          await sendEmail(tx, {
            to: contact.email,
            template: apiKeyExpiringEmail,
            props: { tenantName: contact.tenantName, keyName: key.name, keyStart: key.start, expiresAt: key.expiresAt.toISOString(), url: `${appUrl}/dashboard/api-keys` },
          });
        }
      }
      return claimed.length;
    });
  }
  return announced;
}

/** Daily at 07:10 UTC: the expiry reminders. */
export const expiryRemindersJob = defineJob({
  id: "api-keys.expiry-reminders",
  schema: z.object({}),
  cron: "10 7 * * *",
  run: async () => void (await sendExpiryReminders()),
});
