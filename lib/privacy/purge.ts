import { and, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { privacyRequests } from "@/db/schema/privacy";
import { tenantMembers, tenants } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { defineJob, enqueue } from "@/lib/jobs";
import { installedHooks } from "@/lib/manifest/assembled";
import { logger } from "@/lib/observability";
import { deleteObject } from "@/lib/storage";
import { deleteTenant, systemContext } from "@/lib/tenants";
import { eraseRule, pseudonymOf, rulesFor, type Subject } from "./map";
import { tenantsBlockingDeletion } from "./owners";

/**
 * Erases a tenant's rows through the map: first what lives outside the database (billing cancels
 * the subscription at the provider: `beforeTenantPurge`), then each rule, deletes in batches so a
 * tenant with millions of usage events holds no lock for long. Every step only erases what is
 * still there, so an interrupted purge resumes by running again.
 */
export async function purgeTenantData(tenantId: string): Promise<void> {
  for (const hook of installedHooks("beforeTenantPurge")) await hook({ id: tenantId });
  const subject: Subject = { kind: "tenant", id: tenantId, pseudonym: pseudonymOf(tenantId) };
  for (const rule of rulesFor("tenant")) {
    if (rule.erase !== "delete") await eraseRule(db, rule, subject);
    else while ((await eraseRule(db, rule, subject, { batch: 5_000 })) >= 5_000);
  }
}

/** The tenants only this user belongs to: they go with the account. */
async function tenantsOnlyTheirs(userId: string): Promise<string[]> {
  const rows = await db
    .select({ tenantId: tenantMembers.tenantId })
    .from(tenantMembers)
    .where(eq(tenantMembers.userId, userId))
    .groupBy(tenantMembers.tenantId);
  const only: string[] = [];
  for (const { tenantId } of rows) {
    const [others] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(tenantMembers)
      .where(and(eq(tenantMembers.tenantId, tenantId), sql`${tenantMembers.userId} <> ${userId}`));
    if (others?.n === 0) only.push(tenantId);
  }
  return only;
}

/**
 * Runs a scheduled deletion whose grace period is over. A tenant's: every row the map names for
 * it is purged. An account's: the tenants only this person belonged to
 * are deleted (their subscriptions canceled at the provider, their API keys revoked) and purged,
 * then every row the map names for the person is erased or pseudonymized in one transaction,
 * which also marks the request purged. Anything else — a canceled or held request, one not yet
 * due, one already purged — is left alone, so running it twice is a no-op.
 */
export async function purgeDeletion(requestId: string, now = new Date()): Promise<"purged" | "skipped" | "held"> {
  const [request] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, requestId));
  if (!request || request.status !== "scheduled" || !request.scheduledFor || request.scheduledFor > now) return "skipped";
  if (request.type === "tenant_deletion" && request.tenantId) {
    await purgeTenantData(request.tenantId);
    await db.update(privacyRequests).set({ status: "purged", completedAt: now }).where(eq(privacyRequests.id, requestId));
    await recordAudit(db, { action: "privacy.purged", targetType: "tenant", targetId: request.tenantId, data: { requestId } });
    return "purged";
  }
  if (request.type !== "deletion") return "skipped";
  const [user] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, request.userId));
  if (!user) {
    await db.update(privacyRequests).set({ status: "purged", completedAt: now, userId: pseudonymOf(request.userId) }).where(eq(privacyRequests.id, requestId));
    return "purged";
  }
  // Someone joined a tenant they own alone during the grace period: hold rather than orphan them.
  const blocking = await tenantsBlockingDeletion(user.id);
  if (blocking.length > 0) {
    await db
      .update(privacyRequests)
      .set({ status: "held", holdReason: `transfer ownership first: ${blocking.map((t) => t.name).join(", ")}` })
      .where(eq(privacyRequests.id, requestId));
    return "held";
  }

  for (const tenantId of await tenantsOnlyTheirs(user.id)) {
    const [tenant] = await db.select({ deletedAt: tenants.deletedAt }).from(tenants).where(eq(tenants.id, tenantId));
    if (tenant && !tenant.deletedAt) await deleteTenant({ ...systemContext(tenantId, `privacy:${requestId}`), userId: user.id }, installedHooks("onTenantDeleted"));
    await purgeTenantData(tenantId);
  }

  // Export files are personal data too; deleting a missing object is fine, so this repeats safely.
  const files = await db
    .select({ fileKey: privacyRequests.fileKey })
    .from(privacyRequests)
    .where(and(eq(privacyRequests.userId, user.id), isNotNull(privacyRequests.fileKey)));
  for (const { fileKey } of files) await deleteObject(fileKey!);

  const subject: Subject = { kind: "user", id: user.id, email: user.email, name: user.name, pseudonym: pseudonymOf(user.id) };
  await db.transaction(async (tx) => {
    const memberships = await tx.select({ tenantId: tenantMembers.tenantId }).from(tenantMembers).where(eq(tenantMembers.userId, user.id));
    for (const { tenantId } of memberships) {
      for (const hook of installedHooks("onMemberRemoved")) await hook(tx, { tenantId, userId: user.id, actorId: null }, () => {});
    }
    for (const hook of installedHooks("onUserDeleted")) await hook(tx, { id: user.id });
    for (const rule of rulesFor("user")) await eraseRule(tx, rule, subject);
    await tx.update(privacyRequests).set({ status: "purged", completedAt: now, cancelTokenHash: null }).where(eq(privacyRequests.id, requestId));
    await recordAudit(tx, { action: "privacy.purged", targetType: "user", targetId: subject.pseudonym, data: { requestId } });
  });
  logger.info("privacy: purged an account", { requestId });
  return "purged";
}

/** One deletion's purge, enqueued to run when its grace period ends. */
export const purgeJob = defineJob({
  id: "privacy.purge",
  schema: z.object({ requestId: z.string() }),
  run: async ({ requestId }) => void (await purgeDeletion(requestId)),
});

/**
 * Hourly: purges every deletion that is due and still scheduled — one released from legal hold,
 * or one whose own job was lost — each as its own job.
 */
export const purgeDueJob = defineJob({
  id: "privacy.purge-due",
  schema: z.object({}),
  cron: "35 * * * *",
  run: async () => {
    const due = await db
      .select({ id: privacyRequests.id })
      .from(privacyRequests)
      .where(and(inArray(privacyRequests.type, ["deletion", "tenant_deletion"]), eq(privacyRequests.status, "scheduled"), lte(privacyRequests.scheduledFor, new Date())));
    for (const { id } of due) await enqueue(db, purgeJob, { requestId: id }, { idempotencyKey: `privacy:purge:${id}:${new Date().toISOString().slice(0, 13)}` });
  },
});
