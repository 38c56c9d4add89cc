import { route } from "@/lib/app";
import { projectResponse } from "@/lib/projects/responses";
import { deleteProject, getProject, projectPatch, updateProject } from "@/lib/projects";

/** One project. */
export const GET = route({ auth: ["session", "apiKey"], permission: { project: ["read"] }, response: projectResponse }, ({ tenant, params }) =>
  getProject(tenant, params.projectId ?? ""),
);

/** Renames a project or changes its description. */
export const PATCH = route({ auth: ["session", "apiKey"], permission: { project: ["update"] }, body: projectPatch, response: projectResponse }, ({ tenant, params, body }) =>
  updateProject(tenant, params.projectId ?? "", body),
);

/** Moves a project to the trash (restorable). */
export const DELETE = route({ auth: ["session", "apiKey"], permission: { project: ["delete"] }, response: projectResponse }, ({ tenant, params }) =>
  deleteProject(tenant, params.projectId ?? ""),
);
