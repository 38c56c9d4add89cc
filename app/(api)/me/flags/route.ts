import { route } from "@/lib/app";
import { flagContextFor } from "@/lib/flags/context";
import { myFlagsResponse } from "@/lib/flags/responses";
import { evaluateAllFlags } from "@/lib/flags/snapshot";

/** Every live flag's value for the signed-in user and their active tenant (what `useFlag` is hydrated with). */
export const GET = route({ auth: "session", response: myFlagsResponse }, async ({ user }) => ({
  flags: await evaluateAllFlags(await flagContextFor({ userId: user.userId, tenantId: user.activeTenantId })),
}));
