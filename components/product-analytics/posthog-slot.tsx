import type { AccountSlotProps } from "@/lib/manifest/define";
import { analyticsAllowed } from "@/lib/product-analytics/consent";
import { productAnalyticsKeys } from "@/lib/product-analytics/keys";
import { PostHogClient } from "./posthog-client";

/**
 * Starts posthog-js in the portal (the module's `accountBanner` slot, which renders nothing
 * visible) when NEXT_PUBLIC_POSTHOG_KEY is set and the user allows analytics; never during an
 * admin's impersonation, whose clicks are not the user's. Without a key no PostHog code reaches
 * the browser: the client component imports posthog-js only when it mounts.
 */
export async function PostHogSlot({ userId, impersonation, activeTenantId }: AccountSlotProps) {
  const { NEXT_PUBLIC_POSTHOG_KEY: key, NEXT_PUBLIC_POSTHOG_HOST: host } = productAnalyticsKeys();
  if (!key || impersonation || !(await analyticsAllowed(userId))) return null;
  // The app's links into PostHog (toolbar, surveys) go to its UI host, not the ingest one.
  const ui = new URL(host);
  ui.hostname = ui.hostname.replace(/\.i\.posthog\.com$/, ".posthog.com");
  return <PostHogClient apiKey={key} uiHost={ui.origin} userId={userId} tenantId={activeTenantId ?? null} />;
}
