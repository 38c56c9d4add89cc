"use client";

import { useSyncExternalStore } from "react";

/** What a problem report starts with: the request id the user saw (a page error's digest). */
export type ProblemReportPrefill = { requestId?: string };

type Opener = (prefill: ProblemReportPrefill) => void;

let opener: Opener | null = null;
const listeners = new Set<() => void>();

/**
 * Registers the "Report a problem" dialog (the support module's header button does) and returns
 * the unregister. Core pages such as the portal's error page open it through here, so they name
 * no module: without the support module there is no opener and they show no button.
 */
export function provideProblemReports(open: Opener): () => void {
  opener = open;
  listeners.forEach((notify) => notify());
  return () => {
    if (opener === open) opener = null;
    listeners.forEach((notify) => notify());
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The function that opens the report dialog, or null when no module offers one. */
export function useProblemReports(): Opener | null {
  return useSyncExternalStore(
    subscribe,
    () => opener,
    () => null,
  );
}
