import { and, eq, gt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { tenantInvitations, tenantMembers } from "@/db/schema/tenants";
import { appUrl } from "@/lib/auth/config";
import { sendEmail } from "@/lib/email";
import { welcomeEmail } from "./emails";
import { respondToInvitation } from "./invitations";
import { hasSeatForMember } from "./seats";
import type { TenantHook } from "./hooks";
import { createTenant } from "./tenants";

type NewUser = { id: string; email: string; name: string };

/**
 * Gives a new account its first tenant(s): at sign-up, and again when its email is verified.
 * - pending invitations to this email, and the address is verified → join those tenants that have
 *   a free seat, create none;
 * - pending invitations, address not yet verified → nothing yet: an account that merely claims
 *   an address must not join the tenants inviting it. Verifying, or opening the emailed link
 *   (lib/tenants/invitations.ts), lets it in;
 * - otherwise → a personal tenant with the user as owner.
 * Platform admins get neither. Running it again for a user who has a tenant does nothing.
 */
export async function provisionTenantsForUser(user: NewUser, hooks: readonly TenantHook[]): Promise<{ joined: string[]; created: string | null }> {
  return db.transaction(async (tx) => {
    // Serialize concurrent calls for one user (sign-up hook and verification can race).
    const [account] = await tx.select({ role: users.role, emailVerified: users.emailVerified }).from(users).where(eq(users.id, user.id)).for("update");
    if (!account || account.role === "admin") return { joined: [], created: null };
    const [existing] = await tx.select({ id: tenantMembers.id }).from(tenantMembers).where(eq(tenantMembers.userId, user.id)).limit(1);
    if (existing) return { joined: [], created: null };

    const pending = await tx
      .select({ id: tenantInvitations.id, tenantId: tenantInvitations.tenantId })
      .from(tenantInvitations)
      .where(and(eq(tenantInvitations.email, user.email.toLowerCase()), eq(tenantInvitations.status, "pending"), gt(tenantInvitations.expiresAt, sql`now()`)));
    if (pending.length > 0 && !account.emailVerified) return { joined: [], created: null };
    const joined: string[] = [];
    for (const invitation of pending) {
      // A tenant whose seats are full keeps the invitation pending (the user can accept it once
      // a seat frees up); signing up must not fail over it.
      if (!(await hasSeatForMember(tx, invitation.tenantId))) continue;
      const result = await respondToInvitation({ userId: user.id, email: user.email }, { invitationId: invitation.id, accept: true }, tx);
      joined.push(result.tenantId);
    }
    if (joined.length > 0) return { joined, created: null };

    // Magic-link and some social sign-ups arrive without a name: fall back to the address.
    const displayName = user.name.trim() || user.email.split("@")[0] || "there";
    const firstName = displayName.split(/\s+/)[0];
    const tenant = await createTenant(tx, { name: `${firstName}'s workspace`, ownerId: user.id }, hooks);
    await sendEmail(tx, { to: user.email, template: welcomeEmail, props: { name: displayName, dashboardUrl: `${appUrl}/dashboard` } });
    return { joined: [], created: tenant.id };
  });
}
