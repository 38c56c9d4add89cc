import { and, desc, eq, gt, ne } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { privacyRequests } from "@/db/schema/privacy";
import { recordAudit } from "@/lib/audit";
import { enqueue } from "@/lib/jobs";
import type { TenantContext } from "@/lib/tenants";
import { privacyError, privacyIds } from "./catalog";
import { exportJob } from "./export";
import { privacyKeys } from "./keys";
import { purgeJob } from "./purge";

const day = 86_400_000;

/** An owner asks for an export of everything the tenant holds; one at a time and one a day per tenant. */
export async function requestTenantExport(ctx: TenantContext, now = new Date()) {
  if (!ctx.userId) throw privacyError("reauthentication_required", "A tenant export is asked for by a signed-in owner.");
  const [recent] = await db
    .select({ status: privacyRequests.status, createdAt: privacyRequests.createdAt })
    .from(privacyRequests)
    .where(and(eq(privacyRequests.tenantId, ctx.tenantId), eq(privacyRequests.type, "tenant_export"), ne(privacyRequests.status, "failed"), gt(privacyRequests.createdAt, new Date(now.getTime() - day))))
    .orderBy(desc(privacyRequests.createdAt))
    .limit(1);
  if (recent?.status === "pending" || recent?.status === "running") throw privacyError("export_in_progress", "This tenant's export is being prepared: we email you when it is ready.");
  if (recent) {
    throw privacyError("export_limit", "A tenant can be exported once a day.", { headers: { "Retry-After": String(Math.ceil((recent.createdAt.getTime() + day - now.getTime()) / 1000)) } });
  }
  const id = privacyIds.newId("privacyRequest");
  await db.transaction(async (tx) => {
    await tx.insert(privacyRequests).values({ id, type: "tenant_export", userId: ctx.userId!, tenantId: ctx.tenantId, status: "pending" });
    await enqueue(tx, exportJob, { requestId: id });
    await recordAudit(tx, { action: "privacy.export_requested", tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "tenant", targetId: ctx.tenantId, ipAddress: ctx.ipAddress, userAgent: ctx.userAgent });
  });
  return { id, type: "tenant_export" as const, status: "pending" as const };
}

/**
 * The privacy module's `onTenantDeleted`: a deleted tenant (already closed to everyone by the soft
 * delete) has its rows purged through the map after the grace period, unless an admin holds it.
 */
export async function scheduleTenantPurge(tx: Executor, tenant: { id: string; actorId: string | null }, now = new Date()): Promise<void> {
  const scheduledFor = new Date(now.getTime() + privacyKeys().PRIVACY_DELETION_GRACE_DAYS * day);
  const id = privacyIds.newId("privacyRequest");
  const inserted = await tx
    .insert(privacyRequests)
    .values({ id, type: "tenant_deletion", userId: tenant.actorId ?? "system", tenantId: tenant.id, status: "scheduled", scheduledFor })
    .onConflictDoNothing()
    .returning({ id: privacyRequests.id });
  if (inserted[0]) await enqueue(tx, purgeJob, { requestId: id }, { runAt: scheduledFor, idempotencyKey: `privacy:purge:${id}` });
}
