import type { Executor } from "@/db/client";

/** A module's part in creating a tenant (billing starts a trial), run in the creating transaction. */
export type TenantHook = (tx: Executor, tenant: { id: string; ownerId: string }) => Promise<void>;
