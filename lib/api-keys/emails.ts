import { z } from "zod";
import ApiKeyExpiring, { apiKeyExpiringStrings, apiKeyExpiringSubject } from "@/emails/api-key-expiring";
import { defineEmail } from "@/lib/email/define";
import { emailName, emailUrl } from "@/lib/email/props";

/** To a tenant's owners and admins, 7 days before one of its keys expires (see expiry-reminders.ts). */
export const apiKeyExpiringEmail = defineEmail({
  id: "api-key-expiring",
  schema: z.object({ tenantName: emailName, keyName: emailName, keyStart: z.string().max(20), expiresAt: z.iso.datetime(), url: emailUrl }),
  component: ApiKeyExpiring,
  subject: apiKeyExpiringSubject,
  ...apiKeyExpiringStrings,
  example: { tenantName: "Keel Labs", keyName: "CI deploys", keyStart: "sk_live_7fQ2", expiresAt: "2026-03-08T09:30:00.000Z", url: "https://keel.example/dashboard/api-keys" },
});
