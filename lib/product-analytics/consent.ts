import type { Executor } from "@/db/client";
import { defaultConsentGranted } from "@/lib/consent";
import { installedPort } from "@/lib/manifest/assembled";

/**
 * Whether `userId` (or, for tenant-level events, whoever acts) allows analytics to leave Keel:
 * their own recorded choice when the privacy module is installed and they made one (the cookie
 * banner, the settings page), else the deployment's ANALYTICS_CONSENT_DEFAULT. Every path that
 * sends to PostHog (the delivery job, the browser client, the /ingest proxy) asks this. A caller
 * inside a transaction passes it (see ConsentPort).
 */
export async function analyticsAllowed(userId: string | null, executor?: Executor): Promise<boolean> {
  const consent = installedPort("consent");
  if (userId && consent) {
    const decided = await consent.consentOf(userId, "analytics", executor);
    if (decided !== null) return decided;
  }
  return defaultConsentGranted();
}
