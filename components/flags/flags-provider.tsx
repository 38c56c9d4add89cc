import type { ReactNode } from "react";
import { flagContextFor } from "@/lib/flags/context";
import { evaluateAllFlags } from "@/lib/flags/snapshot";
import type { AccountSlotProps } from "@/lib/manifest/define";
import { FlagsContextProvider } from "./use-flag";

/** The portal's `accountProvider`: every flag evaluated on the server for this user and tenant, handed to `useFlag`. */
export async function FlagsProvider({ userId, activeTenantId, children }: AccountSlotProps & { children: ReactNode }) {
  const flags = await evaluateAllFlags(await flagContextFor({ userId, tenantId: activeTenantId ?? null }));
  return <FlagsContextProvider flags={flags}>{children}</FlagsContextProvider>;
}
