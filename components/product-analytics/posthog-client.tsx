"use client";

import { useEffect } from "react";

/**
 * posthog-js, through Keel's own `/ingest` proxy (first-party: no third-party host for blockers
 * or the CSP), identified by user id and grouped by tenant. Pageviews on client-side navigation
 * too. Persistence in memory only: no PostHog cookie or local storage, so nothing is left behind
 * when consent is withdrawn.
 */
export function PostHogClient({ apiKey, uiHost, userId, tenantId }: { apiKey: string; uiHost: string; userId: string; tenantId: string | null }) {
  useEffect(() => {
    let cancelled = false;
    void import("posthog-js").then(({ default: posthog }) => {
      if (cancelled) return;
      if (!posthog.__loaded) posthog.init(apiKey, { api_host: "/ingest", ui_host: uiHost, person_profiles: "identified_only", capture_pageview: "history_change", persistence: "memory", disable_session_recording: true });
      posthog.identify(userId);
      if (tenantId) posthog.group("tenant", tenantId);
    });
    return () => {
      cancelled = true;
    };
  }, [apiKey, uiHost, userId, tenantId]);
  return null;
}
