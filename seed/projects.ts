import { and, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { projectMembers, projects } from "@/db/schema/projects";
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

/** Adds a guest to a project (nothing when they already are); the caller makes them a tenant guest. */
export async function addProjectGuest(
  input: { project: { id: string }; tenant: SeedTenant; user: { id: string }; addedBy?: { id: string } },
  executor: Executor = db,
): Promise<void> {
  await executor
    .insert(projectMembers)
    .values({ id: projectIds.newId("projectMember"), projectId: input.project.id, tenantId: input.tenant.id, userId: input.user.id, addedBy: input.addedBy?.id ?? null })
    .onConflictDoNothing();
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
      const owner = tenant.people.owner as SeedUser;
      const names = demoProjects[tenant.key] ?? [];
      for (const name of names) {
        const project = await createProject({ tenant, name, createdBy: owner });
        // The demo guest works on the first project only, so signing in as them shows the filter.
        if (name === names[0] && tenant.people.guest) await addProjectGuest({ project, tenant, user: tenant.people.guest, addedBy: owner });
      }
    }
  },
  async routeParams(tenant, pattern) {
    const project = await createProject({ tenant, name: `p-${Math.random()}`, deleted: pattern?.endsWith("restore") });
    // The tenant's guest is on the project, so guests read it and removing them answers 204.
    const guest = tenant.people.guest;
    if (guest) await addProjectGuest({ project, tenant, user: guest });
    return { projectId: project.id, ...(guest ? { userId: guest.id } : {}) };
  },
  roleMatrix: {
    "GET /projects": everyone,
    "POST /projects": writers,
    "GET /projects/[projectId]": everyone,
    "PATCH /projects/[projectId]": writers,
    "DELETE /projects/[projectId]": managers,
    "POST /projects/[projectId]/restore": managers,
    "GET /projects/[projectId]/members": writers,
    "POST /projects/[projectId]/members": writers,
    "DELETE /projects/[projectId]/members/[userId]": writers,
  },
  // The shared body cannot name each test tenant's guest, so an allowed add answers 422 on
  // `userId`; tests/projects-guests.int.test.ts covers the 201.
  allowedStatus: { "POST /projects/[projectId]/members": 422 },
  validBody: { name: "Renamed", description: "x", userId: "usr_not_a_guest_here" },
};
