import { and, count, desc, eq, isNotNull, isNull, lt } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { projects } from "@/db/schema/projects";
import { tenants } from "@/db/schema/tenants";
import { getEntitlements, limitError, plans } from "@/lib/plans";
import { errors } from "@/lib/errors";
import { page, pageQuery } from "@/lib/http/pagination";
import { emit } from "@/lib/jobs";
import { withTenant, type TenantContext } from "@/lib/tenants/context";
import { projectIds } from "./catalog";
import { projectEvent } from "./events";
import { visibleProjects } from "./visibility";

export const projectInput = z.object({
  name: z.string().trim().min(1, "Name is required.").max(100),
  description: z.string().trim().max(2000).nullish(),
});
export const projectPatch = projectInput.partial().refine((v) => Object.keys(v).length > 0, "Send at least one field.");
export const projectListQuery = pageQuery.extend({
  /** `active` (default) or `deleted`: the trash, for restoring. */
  status: z.enum(["active", "deleted"]).default("active"),
});

const columns = {
  id: projects.id,
  name: projects.name,
  description: projects.description,
  createdAt: projects.createdAt,
  updatedAt: projects.updatedAt,
  deletedAt: projects.deletedAt,
};

/** The tenant's projects, newest first; a guest gets only those they were added to. */
export async function listProjects(ctx: TenantContext, query: z.output<typeof projectListQuery>) {
  const rows = await withTenant(ctx, (tx) =>
    tx
      .select(columns)
      .from(projects)
      .where(
        and(
          eq(projects.tenantId, ctx.tenantId),
          visibleProjects(tx, ctx),
          query.status === "deleted" ? isNotNull(projects.deletedAt) : isNull(projects.deletedAt),
          query.cursor ? lt(projects.id, query.cursor) : undefined,
        ),
      )
      .orderBy(desc(projects.id))
      .limit(query.limit + 1),
  );
  return page(rows, query.limit);
}

/** One active project; a guest not added to it gets 404, as for another tenant's id. */
export async function getProject(ctx: TenantContext, projectId: string) {
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .select(columns)
      .from(projects)
      .where(and(eq(projects.id, projectId), eq(projects.tenantId, ctx.tenantId), isNull(projects.deletedAt), visibleProjects(tx, ctx)));
    if (!row) throw errors.notFound("Project");
    return row;
  });
}

export async function createProject(ctx: TenantContext, input: z.output<typeof projectInput>) {
  return withTenant(ctx, async (tx) => {
    await assertUnderProjectLimit(tx, ctx.tenantId);
    const [row] = await tx
      .insert(projects)
      .values({ id: projectIds.newId("project"), tenantId: ctx.tenantId, name: input.name, description: input.description ?? null, createdBy: ctx.userId })
      .returning(columns);
    if (!row) throw new Error("insert returned no row");
    await emit(tx, "project.created", projectEvent(ctx.tenantId, row));
    return row;
  });
}

export async function updateProject(ctx: TenantContext, projectId: string, input: z.output<typeof projectPatch>) {
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .update(projects)
      .set(input)
      .where(and(eq(projects.id, projectId), eq(projects.tenantId, ctx.tenantId), isNull(projects.deletedAt), visibleProjects(tx, ctx)))
      .returning(columns);
    if (!row) throw errors.notFound("Project");
    await emit(tx, "project.updated", projectEvent(ctx.tenantId, row));
    return row;
  });
}

/** Moves a project to the trash; `restoreProject` brings it back. */
export async function deleteProject(ctx: TenantContext, projectId: string) {
  return withTenant(ctx, async (tx) => {
    const [row] = await tx
      .update(projects)
      .set({ deletedAt: new Date() })
      .where(and(eq(projects.id, projectId), eq(projects.tenantId, ctx.tenantId), isNull(projects.deletedAt), visibleProjects(tx, ctx)))
      .returning(columns);
    if (!row) throw errors.notFound("Project");
    await emit(tx, "project.deleted", projectEvent(ctx.tenantId, row));
    return row;
  });
}

export async function restoreProject(ctx: TenantContext, projectId: string) {
  return withTenant(ctx, async (tx) => {
    await assertUnderProjectLimit(tx, ctx.tenantId);
    const [row] = await tx
      .update(projects)
      .set({ deletedAt: null })
      .where(and(eq(projects.id, projectId), eq(projects.tenantId, ctx.tenantId), isNotNull(projects.deletedAt), visibleProjects(tx, ctx)))
      .returning(columns);
    if (!row) throw errors.notFound("Deleted project");
    await emit(tx, "project.restored", projectEvent(ctx.tenantId, row));
    return row;
  });
}

/**
 * Refuses a new active project beyond the plan's limit. The tenant row is locked first, so two
 * concurrent creates cannot both see room for one more.
 */
async function assertUnderProjectLimit(tx: Tx, tenantId: string) {
  await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId)).for("update");
  const entitlements = await getEntitlements(tenantId, tx);
  const limit = entitlements.limits.projects;
  if (limit === null) return;
  const [active] = await tx
    .select({ n: count() })
    .from(projects)
    .where(and(eq(projects.tenantId, tenantId), isNull(projects.deletedAt)));
  if ((active?.n ?? 0) >= limit) {
    throw limitError(entitlements, `Your ${plans[entitlements.plan].name} plan allows ${limit} projects.`, {
      fits: (plan) => plan.limits.projects === null || plan.limits.projects > limit,
    });
  }
}
