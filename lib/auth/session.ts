import { headers } from "next/headers";
import type { UserContext } from "@/lib/tenants/context";
import type { Auth } from "./server";

export type SessionResult = NonNullable<Awaited<ReturnType<Auth["api"]["getSession"]>>>;

/** Session reads over one Better Auth instance (lib/app builds it and binds these). */
export function sessionReader(auth: Auth) {
  /** The session behind these request headers, or null. Reads the database: no cookie cache. */
  async function getSessionFromHeaders(requestHeaders: Headers): Promise<SessionResult | null> {
    return auth.api.getSession({ headers: requestHeaders });
  }

  /** For server components and actions: the signed-in session, or null. */
  async function getCurrentSession(): Promise<SessionResult | null> {
    return getSessionFromHeaders(await headers());
  }

  /** For server components: the signed-in user, or null. */
  async function getCurrentUser() {
    const session = await getCurrentSession();
    if (!session) return null;
    return { id: session.user.id, email: session.user.email, name: session.user.name, role: session.user.role };
  }

  return { getSessionFromHeaders, getCurrentSession, getCurrentUser };
}

/** The session as the UserContext lib functions take (one conversion for routes and pages). */
export function toUserContext(
  session: SessionResult,
  meta: { requestId: string; ipAddress?: string | null; userAgent?: string | null },
): UserContext {
  return {
    userId: session.user.id,
    email: session.user.email,
    name: session.user.name,
    platformRole: session.user.role ?? "user",
    sessionId: session.session.id,
    activeTenantId: session.session.activeOrganizationId ?? null,
    ...meta,
  };
}
