import { and, eq, isNull, ne } from "drizzle-orm";
import { z } from "zod";
import { db, type Executor } from "@/db/client";
import { sessions } from "@/db/schema/auth";
import { tenantInvitations, tenants, tenantMembers } from "@/db/schema/tenants";
import { recordAudit } from "@/lib/audit";
import { errors } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { readTenantPlan } from "@/lib/plans/store";
import { throttle } from "@/lib/rate-limit/throttle";
import { withAfterCommit, type TenantDeletedHook, type TenantHook } from "./hooks";
import { emit } from "@/lib/jobs";
import { slugify, suffixedSlug } from "./slug";
import { withTenant, type TenantContext, type UserContext } from "./context";

export const tenantName = z.string().trim().min(1, "Name is required.").max(80);
export const tenantSlug = z
  .string()
  .trim()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single dashes.");

export type TenantSummary = { id: string; name: string; slug: string };

/** Creates a tenant with `ownerId` as its owner, in the caller's transaction. */
export async function createTenant(
  tx: Executor,
  input: { name: string; ownerId: string; requestMeta?: { ipAddress?: string | null; userAgent?: string | null } },
  /** The modules' `onTenantCreated` hooks (lib/app passes them), run in this transaction. */
  hooks: readonly TenantHook[],
): Promise<TenantSummary> {
  const id = newId("tenant");
  let slug = slugify(input.name);
  for (let attempt = 0; ; attempt++) {
    const [row] = await tx
      .insert(tenants)
      .values({ id, name: input.name, slug })
      .onConflictDoNothing({ target: tenants.slug })
      .returning({ id: tenants.id });
    if (row) break;
    if (attempt >= 5) throw errors.conflict("Could not find a free slug for this name.");
    slug = suffixedSlug(input.name);
  }
  await tx.insert(tenantMembers).values({ id: newId("member"), tenantId: id, userId: input.ownerId, role: "owner" });
  // Modules join in (billing starts a trial), in this transaction.
  for (const hook of hooks) await hook(tx, { id, ownerId: input.ownerId });
  await recordAudit(tx, {
    action: "tenant.created",
    tenantId: id,
    actorId: input.ownerId,
    targetType: "tenant",
    targetId: id,
    ...input.requestMeta,
  });
  await emit(tx, "tenant.created", { tenantId: id, ownerId: input.ownerId });
  return { id, name: input.name, slug };
}

/** `POST /tenants`: a new tenant owned by the caller, with the modules' hooks, in one transaction. */
/** Tenants one person may create per hour: each costs a row of everything and may start a trial. */
export const tenantCreationLimit = { limit: 10, windowSeconds: 60 * 60 };

export async function createOwnTenant(user: UserContext, input: { name: string }, hooks: readonly TenantHook[]): Promise<TenantSummary> {
  await throttle({ [`tenants:create:${user.userId}`]: tenantCreationLimit }, "You have created many tenants in the last hour. Try again later.");
  return db.transaction((tx) => createTenant(tx, { name: input.name, ownerId: user.userId, requestMeta: { ipAddress: user.ipAddress, userAgent: user.userAgent } }, hooks));
}

export async function getTenant(ctx: TenantContext) {
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .select({
        id: tenants.id,
        name: tenants.name,
        slug: tenants.slug,
        createdAt: tenants.createdAt,
      })
      .from(tenants)
      .where(and(eq(tenants.id, ctx.tenantId), isNull(tenants.deletedAt)));
    if (!row) throw errors.notFound("Tenant");
    const { plan, state } = await readTenantPlan(tx, ctx.tenantId);
    return { ...row, plan, planState: state, role: ctx.role };
  });
}

export async function updateTenant(ctx: TenantContext, input: { name?: string; slug?: string }) {
  await withTenant(ctx, async (tx) => {
    if (input.slug) {
      const [taken] = await tx
        .select({ id: tenants.id })
        .from(tenants)
        .where(and(eq(tenants.slug, input.slug), ne(tenants.id, ctx.tenantId)));
      if (taken) throw errors.validation({ slug: "This slug is taken." });
    }
    await tx
      .update(tenants)
      .set({ ...(input.name ? { name: input.name } : {}), ...(input.slug ? { slug: input.slug } : {}) })
      .where(eq(tenants.id, ctx.tenantId));
    await recordAudit(tx, { action: "tenant.updated", tenantId: ctx.tenantId, actorId: ctx.userId, data: input, ...meta(ctx) });
    await emit(tx, "tenant.updated", { tenantId: ctx.tenantId, ...input });
  });
  return getTenant(ctx);
}

/**
 * Soft-deletes the tenant: members lose access at once, pending invitations are canceled, and the
 * data stays until the privacy purge removes it.
 */
/**
 * Soft-deletes a tenant and ends every way into it at once: pending invitations, sessions' active
 * tenant, and what modules own (api-keys revokes every key), all in one transaction.
 */
export async function deleteTenant(ctx: TenantContext, hooks: readonly TenantDeletedHook[]): Promise<void> {
  await withAfterCommit((afterCommit) => withTenant(ctx, async (tx) => {
    await tx.update(tenants).set({ deletedAt: new Date() }).where(eq(tenants.id, ctx.tenantId));
    await tx
      .update(tenantInvitations)
      .set({ status: "canceled" })
      .where(and(eq(tenantInvitations.tenantId, ctx.tenantId), eq(tenantInvitations.status, "pending")));
    await tx.update(sessions).set({ activeTenantId: null }).where(eq(sessions.activeTenantId, ctx.tenantId));
    for (const hook of hooks) await hook(tx, { id: ctx.tenantId, actorId: ctx.userId }, afterCommit);
    await recordAudit(tx, { action: "tenant.deleted", tenantId: ctx.tenantId, actorId: ctx.userId, targetType: "tenant", targetId: ctx.tenantId, ...meta(ctx) });
    await emit(tx, "tenant.deleted", { tenantId: ctx.tenantId });
  }));
}

export function meta(ctx: Pick<TenantContext, "ipAddress" | "userAgent">) {
  return { ipAddress: ctx.ipAddress ?? null, userAgent: ctx.userAgent ?? null };
}
