import { defaultConsentGranted } from "@/lib/consent";

/**
 * Whether `userId` (or, for tenant-level events, whoever acts) allows analytics to leave Keel.
 * Today the deployment's ANALYTICS_CONSENT_DEFAULT answers for everyone; the privacy module's
 * consent records will answer per user through this same function, so every path that sends to
 * PostHog (the delivery job, the browser client, the /ingest proxy) already asks it.
 */
export async function analyticsAllowed(_userId: string | null): Promise<boolean> {
  return defaultConsentGranted();
}
