import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { projectMembers, projects } from "@/db/schema/projects";
import type { TenantContext } from "@/lib/tenants/context";

/**
 * True when the caller is a person with the guest role. API keys carry `guest` only as a
 * placeholder role (their scopes decide, see lib/http/route.ts), so they are never limited here;
 * any other guest context is, so a new way in cannot widen what a guest sees by accident.
 */
export function isProjectGuest(ctx: TenantContext): boolean {
  return ctx.role === "guest" && ctx.via !== "apiKey";
}

/**
 * The condition that limits a guest to the projects they were added to (`project_members`);
 * undefined for everyone else, who sees every project of the tenant. A project outside it answers
 * 404, like another tenant's.
 */
export function visibleProjects(tx: Tx, ctx: TenantContext): SQL | undefined {
  if (!isProjectGuest(ctx)) return undefined;
  const userId = ctx.userId ?? "";
  return inArray(
    projects.id,
    tx
      .select({ id: projectMembers.projectId })
      .from(projectMembers)
      .where(and(eq(projectMembers.tenantId, ctx.tenantId), eq(projectMembers.userId, userId))),
  );
}
