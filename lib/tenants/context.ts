import { sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import type { Role } from "@/lib/auth/roles";

/** Who is calling, with no tenant chosen: what `/me` and account routes act on. */
export type UserContext = {
  userId: string;
  email: string;
  name: string;
  /** `admin` for platform admins (a users.role of `admin` counts only once the email is verified). */
  platformRole: string;
  /** When this session proved a second factor (TOTP, backup code or passkey); null if it has not. */
  secondFactorAt?: Date | null;
  /** The Better Auth session id (absent for API keys and jobs). */
  sessionId?: string;
  activeTenantId?: string | null;
  /** The platform admin impersonating this user through this session (read-only), if any. */
  impersonatorId?: string | null;
  /** The user's chosen language (lib/i18n/config.ts), or null to follow the browser. */
  locale?: string | null;
  requestId: string;
  ipAddress?: string | null;
  userAgent?: string | null;
};

/**
 * A caller that authorization has placed in one tenant. Only `route()` (and jobs acting for a
 * tenant) create these, so tenant-scoped data is reachable only after a membership check.
 */
export type TenantContext = {
  tenantId: string;
  /** The acting user; null when an API key or a job acts for the tenant. */
  userId: string | null;
  role: Role;
  via: "session" | "apiKey" | "system";
  requestId: string;
  ipAddress?: string | null;
  userAgent?: string | null;
};

/**
 * Runs `fn` in a transaction with `app.tenant_id` set for its duration: the hook for Postgres
 * row-level security policies, should a deployment add them. Queries inside still name the tenant
 * in every where clause; the setting is defence in depth, not the only guard.
 */
export async function withTenant<T>(ctx: Pick<TenantContext, "tenantId">, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.tenant_id', ${ctx.tenantId}, true)`);
    return fn(tx);
  });
}

/** A context for work the system does on a tenant's behalf (jobs, webhooks, seeds). */
export function systemContext(tenantId: string, requestId = "system"): TenantContext {
  return { tenantId, userId: null, role: "owner", via: "system", requestId };
}
