import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { privacyRequests } from "@/db/schema/privacy";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import { page } from "@/lib/http";
import { privacyError } from "./catalog";

export const requestStatuses = ["pending", "running", "completed", "failed", "expired", "scheduled", "held", "canceled", "purged"] as const;

export const adminListQuery = z.object({
  status: z.enum(requestStatuses).optional(),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const adminRequest = z.object({
  id: z.string(),
  type: z.enum(["export", "deletion", "deactivation", "tenant_export", "tenant_deletion"]),
  status: z.enum(requestStatuses),
  /** The requester, or their pseudonym once purged. */
  userId: z.string(),
  tenantId: z.string().nullable(),
  createdAt: z.date(),
  scheduledFor: z.date().nullable(),
  completedAt: z.date().nullable(),
  holdReason: z.string().nullable(),
});
export const adminListResponse = z.object({ data: z.array(adminRequest), nextCursor: z.string().nullable() });
export const holdBody = z.object({ reason: z.string().trim().min(3).max(500) });

const columns = {
  id: privacyRequests.id,
  type: privacyRequests.type,
  status: privacyRequests.status,
  userId: privacyRequests.userId,
  tenantId: privacyRequests.tenantId,
  createdAt: privacyRequests.createdAt,
  scheduledFor: privacyRequests.scheduledFor,
  completedAt: privacyRequests.completedAt,
  holdReason: privacyRequests.holdReason,
};

/** Every data request, newest first, for the admin panel (filter by status). */
export async function listAllRequests(query: z.output<typeof adminListQuery>) {
  const rows = await db
    .select(columns)
    .from(privacyRequests)
    .where(and(query.status ? eq(privacyRequests.status, query.status) : undefined, query.cursor ? lt(privacyRequests.id, query.cursor) : undefined))
    .orderBy(desc(privacyRequests.id))
    .limit(query.limit + 1);
  return page(rows, query.limit);
}

/**
 * Puts a scheduled deletion on legal hold: the purge skips it until released. The reason is kept
 * on the request and in the audit log.
 */
export async function holdRequest(adminUserId: string, requestId: string, reason: string) {
  const [held] = await db
    .update(privacyRequests)
    .set({ status: "held", holdReason: reason, heldBy: adminUserId })
    .where(and(eq(privacyRequests.id, requestId), inArray(privacyRequests.type, ["deletion", "tenant_deletion"]), eq(privacyRequests.status, "scheduled")))
    .returning(columns);
  if (!held) throw await notHoldable(requestId, "scheduled");
  await recordAudit(db, { action: "privacy.deletion_held", actorId: adminUserId, targetType: "privacy_request", targetId: requestId, data: { reason } });
  return held;
}

/** Lifts a legal hold: the deletion is scheduled again, and purged at the next hourly sweep if its date has passed. */
export async function releaseRequest(adminUserId: string, requestId: string) {
  const [released] = await db
    .update(privacyRequests)
    .set({ status: "scheduled", holdReason: null, heldBy: null })
    .where(and(eq(privacyRequests.id, requestId), eq(privacyRequests.status, "held")))
    .returning(columns);
  if (!released) throw await notHoldable(requestId, "held");
  await recordAudit(db, { action: "privacy.deletion_released", actorId: adminUserId, targetType: "privacy_request", targetId: requestId });
  return released;
}

async function notHoldable(requestId: string, expected: string) {
  const [row] = await db.select({ status: privacyRequests.status, type: privacyRequests.type }).from(privacyRequests).where(eq(privacyRequests.id, requestId));
  if (!row) return privacyError("privacy_request_not_found", "No data request has this id.");
  return errors.conflict(`Only a ${expected} deletion can be ${expected === "scheduled" ? "held" : "released"}; this ${row.type} request is ${row.status}.`);
}
