import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { tenantInvitations } from "@/db/schema/tenants";
import { waitlistEntries } from "@/db/schema/waitlist";
import { appUrl } from "@/lib/auth/config";
import { recordAudit } from "@/lib/audit";
import { sendEmail } from "@/lib/email";
import type { UserContext } from "@/lib/tenants/context";
import { waitlistInviteEmail } from "./emails";
import { waitingInOrder } from "./entries";
import { waitlistKeys } from "./keys";

/**
 * Invites the first `count` verified people in line, or the entries named in `ids` (verified and
 * still waiting; others are skipped): marks them invited and mails each a sign-up link. In
 * `WAITLIST_MODE=on` the invited address is what lets the account through. Audited with the
 * addresses' ids.
 */
export async function inviteFromWaitlist(admin: UserContext, input: { count?: number; ids?: string[] }): Promise<{ invited: number }> {
  const chosen = input.ids ?? (await waitingInOrder(Math.min(input.count ?? 0, 1000), 0, { confirmedOnly: true })).map((e) => e.id);
  if (chosen.length === 0) return { invited: 0 };
  return db.transaction(async (tx) => {
    const invited = await tx
      .update(waitlistEntries)
      .set({ invitedAt: new Date() })
      .where(and(inArray(waitlistEntries.id, chosen), isNull(waitlistEntries.invitedAt), isNotNull(waitlistEntries.verifiedAt)))
      .returning({ id: waitlistEntries.id, email: waitlistEntries.email });
    for (const entry of invited) {
      await sendEmail(tx, { to: entry.email, template: waitlistInviteEmail, props: { url: `${appUrl}/sign-up?email=${encodeURIComponent(entry.email)}` } });
    }
    if (invited.length > 0) await recordAudit(tx, { action: "waitlist.invited", actorId: admin.userId, targetType: "waitlist", targetId: "batch", data: { entries: invited.map((e) => e.id) } });
    return { invited: invited.length };
  });
}

/**
 * The sign-up gate (`beforeUserSignUp`): with `WAITLIST_MODE=on`, an address gets an account only
 * when it was invited from the waitlist or to a tenant. The refusal says where to go instead.
 */
export async function waitlistGate({ email }: { email: string }): Promise<string | null> {
  if (waitlistKeys().WAITLIST_MODE !== "on") return null;
  const [invited] = await db.select({ id: waitlistEntries.id }).from(waitlistEntries).where(and(eq(waitlistEntries.email, email), isNotNull(waitlistEntries.invitedAt)));
  if (invited) return null;
  const [teamInvite] = await db.select({ id: tenantInvitations.id }).from(tenantInvitations).where(and(sql`lower(${tenantInvitations.email}) = ${email}`, eq(tenantInvitations.status, "pending")));
  if (teamInvite) return null;
  return "Sign-up is by invitation for now. Join the waitlist at /join and we will email you a link.";
}

/** After sign-up (`onUserSignedUp`): the entry with that address, if any, is marked signed up. */
export async function markSignedUp(tx: Executor, user: { email: string }): Promise<void> {
  await tx.update(waitlistEntries).set({ signedUpAt: new Date() }).where(and(eq(waitlistEntries.email, user.email.toLowerCase()), isNull(waitlistEntries.signedUpAt)));
}

/** The admin list: everyone waiting in order, then the invited, newest first. */
export async function adminWaitlist(limit: number, offset: number) {
  const waiting = await waitingInOrder(limit, offset);
  const invited = await db
    .select({ id: waitlistEntries.id, email: waitlistEntries.email, invitedAt: waitlistEntries.invitedAt, signedUpAt: waitlistEntries.signedUpAt, joinedAt: waitlistEntries.createdAt })
    .from(waitlistEntries)
    .where(isNotNull(waitlistEntries.invitedAt))
    .orderBy(sql`${waitlistEntries.invitedAt} desc`)
    .limit(100);
  const [totals] = await db.select({ waiting: sql<number>`count(*) filter (where ${waitlistEntries.invitedAt} is null)::int`, invited: sql<number>`count(*) filter (where ${waitlistEntries.invitedAt} is not null)::int` }).from(waitlistEntries);
  return { waiting, invited, totals: totals ?? { waiting: 0, invited: 0 } };
}
