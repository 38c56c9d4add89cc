import { route } from "@/lib/app";
import { pageOf } from "@/lib/http/response";
import { projectResponse } from "@/lib/projects/responses";
import { createProject, listProjects, projectInput, projectListQuery } from "@/lib/projects";

/** The tenant's projects, paged; `status=deleted` lists the trash. */
export const GET = route({ auth: ["session", "apiKey"], permission: { project: ["read"] }, query: projectListQuery, response: pageOf(projectResponse) }, ({ tenant, query }) =>
  listProjects(tenant, query),
);

/** Creates a project in the tenant, within the plan's project limit. */
export const POST = route(
  { auth: ["session", "apiKey"], permission: { project: ["create"] }, body: projectInput, response: projectResponse, status: 201 },
  ({ tenant, body }) => createProject(tenant, body),
);
