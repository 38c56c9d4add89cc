import { and, count, eq, gt, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { tenantInvitations, tenantMembers, tenants } from "@/db/schema/tenants";
import { assertSeatsAvailable, getEntitlements } from "@/lib/plans";

/**
 * Seats taken in a tenant: its members, and (when inviting) its pending invitations, so a
 * tenant cannot invite past its plan either. Locks the tenant row first: concurrent invitations
 * and acceptances count one after the other.
 */
async function seatsTaken(tx: Executor, tenantId: string, opts: { pendingExcept?: string } | null): Promise<number> {
  await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId)).for("update");
  const [members] = await tx.select({ n: count() }).from(tenantMembers).where(eq(tenantMembers.tenantId, tenantId));
  if (!opts) return members?.n ?? 0;
  const [pending] = await tx
    .select({ n: count() })
    .from(tenantInvitations)
    .where(
      and(
        eq(tenantInvitations.tenantId, tenantId),
        eq(tenantInvitations.status, "pending"),
        gt(tenantInvitations.expiresAt, sql`now()`),
        opts.pendingExcept ? ne(tenantInvitations.email, opts.pendingExcept) : undefined,
      ),
    );
  return (members?.n ?? 0) + (pending?.n ?? 0);
}

/** Before inviting `email`: 402 seat_limit_reached when members and pending invitations fill the plan. */
export async function assertSeatForInvitation(tx: Executor, tenantId: string, email: string): Promise<void> {
  assertSeatsAvailable(await getEntitlements(tenantId, tx), await seatsTaken(tx, tenantId, { pendingExcept: email }));
}

/** Before an invitation is accepted: 402 seat_limit_reached when members fill the plan (a downgrade can leave it over). */
export async function assertSeatForMember(tx: Executor, tenantId: string): Promise<void> {
  assertSeatsAvailable(await getEntitlements(tenantId, tx), await seatsTaken(tx, tenantId, null));
}

/** Whether one more member fits (sign-up joins only tenants with room; the others stay invited). */
export async function hasSeatForMember(tx: Executor, tenantId: string): Promise<boolean> {
  const entitlements = await getEntitlements(tenantId, tx);
  const { seats } = entitlements.limits;
  return !entitlements.paymentRequired && (seats === null || (await seatsTaken(tx, tenantId, null)) < seats);
}
