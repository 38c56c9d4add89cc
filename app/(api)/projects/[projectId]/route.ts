import { route } from "@/lib/app";
import { deleteProject, getProject, projectPatch, updateProject } from "@/lib/projects";

export const GET = route({ auth: ["session", "apiKey"], permission: { project: ["read"] } }, ({ tenant, params }) =>
  getProject(tenant, params.projectId ?? ""),
);

export const PATCH = route({ auth: ["session", "apiKey"], permission: { project: ["update"] }, body: projectPatch }, ({ tenant, params, body }) =>
  updateProject(tenant, params.projectId ?? "", body),
);

export const DELETE = route({ auth: ["session", "apiKey"], permission: { project: ["delete"] } }, ({ tenant, params }) =>
  deleteProject(tenant, params.projectId ?? ""),
);
