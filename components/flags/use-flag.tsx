"use client";

import { createContext, useContext, type ReactNode } from "react";

const FlagsContext = createContext<Record<string, unknown>>({});

/** Holds the values the server evaluated for this user and tenant (components/flags/flags-provider.tsx). */
export function FlagsContextProvider({ flags, children }: { flags: Record<string, unknown>; children: ReactNode }) {
  return <FlagsContext.Provider value={flags}>{children}</FlagsContext.Provider>;
}

/**
 * A flag's value in a client component of the portal, as the server evaluated it when the page
 * was rendered: no flash, no request. `fallback` answers for a key that does not exist (or was
 * archived). A change shows on the next navigation that renders the layout.
 */
export function useFlag<T>(key: string, fallback: T): T {
  const flags = useContext(FlagsContext);
  return key in flags ? (flags[key] as T) : fallback;
}
