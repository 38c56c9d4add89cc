import { redirect } from "next/navigation";
import { cache } from "react";
import { getMe } from "@/lib/account";
import { getCurrentSession } from "@/lib/app";
import { impersonationDeadline } from "@/lib/auth/impersonation";
import { toUserContext } from "@/lib/auth/session";
import { isRole, type Role } from "@/lib/auth/roles";
import { newId } from "@/lib/ids";

export type DashboardTenant = { id: string; name: string; slug: string; role: Role };

/**
 * The signed-in user, their tenants and the active one, for every dashboard server component.
 * Cached per request, so the layout and the page share one session lookup. Signed out →
 * `/sign-in?next=<path>`.
 */
export const loadDashboard = cache(async (path: string = "/dashboard") => {
  const session = await getCurrentSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  const me = await getMe(toUserContext(session, { requestId: newId("request") }));
  const tenants = me.tenants.flatMap((t): DashboardTenant[] => (isRole(t.role) ? [{ ...t, role: t.role }] : []));
  const activeTenant = tenants.find((t) => t.id === me.activeTenantId) ?? null;
  const impersonation = me.impersonatedBy ? { adminEmail: me.impersonatedBy.email, endsAt: impersonationEnds(session.session) } : null;
  return { user: me.user, tenants, activeTenant, emailSuppressed: me.emailSuppressed, impersonation };
});

/** The earlier of the session's own expiry and the impersonation cap. */
function impersonationEnds(session: { createdAt: Date | string; expiresAt: Date | string }): Date {
  return new Date(Math.min(new Date(session.expiresAt).getTime(), impersonationDeadline(session.createdAt).getTime()));
}
