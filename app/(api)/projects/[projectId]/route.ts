import { route } from "@/lib/http";
import { deleteProject, getProject, projectPatch, updateProject } from "@/lib/projects";

export const GET = route({ auth: "session", permission: { project: ["read"] } }, ({ tenant, params }) =>
  getProject(tenant, params.projectId ?? ""),
);

export const PATCH = route({ auth: "session", permission: { project: ["update"] }, body: projectPatch }, ({ tenant, params, body }) =>
  updateProject(tenant, params.projectId ?? "", body),
);

export const DELETE = route({ auth: "session", permission: { project: ["delete"] } }, ({ tenant, params }) =>
  deleteProject(tenant, params.projectId ?? ""),
);
