import { and, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { projects } from "@/db/schema/projects";
import type { ModuleFixtures } from "@/lib/manifest/define";
import { projectIds } from "@/lib/projects/catalog";
import type { SeedTenant, SeedUser } from "./factories";

export async function createProject(
  input: { tenant: SeedTenant; name?: string; description?: string; createdBy?: SeedUser; deleted?: boolean },
  executor: Executor = db,
): Promise<{ id: string; name: string }> {
  const name = input.name ?? `Project ${projectIds.newId("project").slice(-6)}`;
  const [existing] = await executor
    .select({ id: projects.id, name: projects.name })
    .from(projects)
    .where(and(eq(projects.tenantId, input.tenant.id), eq(projects.name, name)));
  if (existing) return existing;
  const id = projectIds.newId("project");
  await executor.insert(projects).values({
    id,
    tenantId: input.tenant.id,
    name,
    description: input.description ?? null,
    createdBy: input.createdBy?.id ?? null,
    deletedAt: input.deleted ? new Date() : null,
  });
  return { id, name };
}

const demoProjects: Record<string, string[]> = {
  trial: ["Website relaunch", "Mobile app"],
  paid: ["Billing revamp", "Data pipeline", "Partner portal"],
  pastdue: ["TPS reports"],
  canceled: ["Archive"],
  free: ["Side project"],
};

const everyone = ["owner", "admin", "member", "viewer", "guest"];
const writers = ["owner", "admin", "member"];
const managers = ["owner", "admin"];

/** The projects module's seed and test data (its manifest's `fixtures`). */
export const fixtures: ModuleFixtures = {
  async seedDemo(tenants) {
    for (const tenant of tenants) {
      for (const name of demoProjects[tenant.key] ?? []) await createProject({ tenant, name, createdBy: tenant.people.owner as SeedUser });
    }
  },
  async routeParams(tenant, pattern) {
    const project = await createProject({ tenant, name: `p-${Math.random()}`, deleted: pattern?.endsWith("restore") });
    return { projectId: project.id };
  },
  roleMatrix: {
    "GET /projects": everyone,
    "POST /projects": writers,
    "GET /projects/[projectId]": everyone,
    "PATCH /projects/[projectId]": writers,
    "DELETE /projects/[projectId]": managers,
    "POST /projects/[projectId]/restore": managers,
  },
  validBody: { name: "Renamed", description: "x" },
};
