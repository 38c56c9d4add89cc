import { route } from "@/lib/app";
import { created } from "@/lib/http";
import { createProject, listProjects, projectInput, projectListQuery } from "@/lib/projects";

export const GET = route({ auth: ["session", "apiKey"], permission: { project: ["read"] }, query: projectListQuery }, ({ tenant, query }) =>
  listProjects(tenant, query),
);

export const POST = route({ auth: ["session", "apiKey"], permission: { project: ["create"] }, body: projectInput }, async ({ tenant, body }) =>
  created(await createProject(tenant, body)),
);
