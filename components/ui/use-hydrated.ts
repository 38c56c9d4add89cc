import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has hydrated it, true after. A control whose handler
 * only exists once hydrated (an onClick with no form behind it) is disabled until then, so an
 * early click is not silently lost; a browser test's click waits for it to be enabled.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
