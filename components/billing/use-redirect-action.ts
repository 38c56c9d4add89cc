"use client";

import { useState } from "react";
import { api, errorMessage, type ApiOptions } from "@/lib/api-client";

/**
 * Calls a route that answers `{ url }` (checkout, top-up, customer portal) and sends the browser
 * there. `busyKey` tells which of several buttons started it, so only that one spins.
 */
export function useRedirectAction(tenantId?: string) {
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function go(key: string, path: string, options: Omit<ApiOptions, "tenantId"> = {}) {
    setBusyKey(key);
    setError(null);
    try {
      const { url } = await api<{ url: string }>(path, { ...options, tenantId });
      window.location.assign(url);
      // Keep the spinner until the browser leaves the page.
    } catch (caught) {
      setError(errorMessage(caught));
      setBusyKey(null);
    }
  }

  return { go, busyKey, error };
}
