import { headers } from "next/headers";
import { cache } from "react";
import type { UserContext } from "@/lib/tenants/context";
import { endIfExpired, impersonatorOf } from "./impersonation";
import type { Auth } from "./server";

export type SessionResult = NonNullable<Awaited<ReturnType<Auth["api"]["getSession"]>>>;

/** Session reads over one Better Auth instance (lib/app builds it and binds these). */
export function sessionReader(auth: Auth) {
  /** The session behind these request headers, or null. Reads the database: no cookie cache. */
  async function getSessionFromHeaders(requestHeaders: Headers): Promise<SessionResult | null> {
    const session = await auth.api.getSession({ headers: requestHeaders });
    if (session && (await endIfExpired(session))) return null;
    return session;
  }

  /**
   * For server components and actions: the signed-in session, or null. Read once per request
   * (React's `cache`): the layout and the page share it.
   */
  const getCurrentSession = cache(async (): Promise<SessionResult | null> => getSessionFromHeaders(await headers()));

  /** For server components: the signed-in user, or null. */
  async function getCurrentUser() {
    const session = await getCurrentSession();
    if (!session) return null;
    return {
      id: session.user.id,
      email: session.user.email,
      name: session.user.name,
      role: platformRole(session),
      twoFactorEnabled: session.user.twoFactorEnabled === true,
      secondFactorAt: secondFactorAt(session),
      impersonatorId: impersonatorOf(session),
      sessionCreatedAt: new Date(session.session.createdAt),
      locale: savedLocale(session),
    };
  }

  return { getSessionFromHeaders, getCurrentSession, getCurrentUser };
}

/**
 * The platform role this session carries: `admin` needs users.role `admin` (PLATFORM_ADMIN_EMAILS)
 * and a verified address, so an unverified sign-up with an admin's address gets no rights.
 * Platform-admin routes also need `secondFactorAt` (route() and the admin layout check it).
 */
export function platformRole(session: SessionResult): string {
  return session.user.role === "admin" && session.user.emailVerified ? "admin" : "user";
}

function secondFactorAt(session: SessionResult): Date | null {
  const value = session.session.secondFactorAt;
  return value ? new Date(value) : null;
}

/** The user's chosen language (users.locale), or null to follow the browser. */
function savedLocale(session: SessionResult): string | null {
  return (session.user as { locale?: string | null }).locale ?? null;
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
    platformRole: platformRole(session),
    secondFactorAt: secondFactorAt(session),
    sessionId: session.session.id,
    activeTenantId: session.session.activeOrganizationId ?? null,
    impersonatorId: impersonatorOf(session),
    locale: savedLocale(session),
    ...meta,
  };
}
