import { route } from "@/lib/app";
import { projectResponse } from "@/lib/projects/responses";
import { restoreProject } from "@/lib/projects";

/** Restores a project from the trash. */
export const POST = route({ auth: ["session", "apiKey"], permission: { project: ["delete"] }, response: projectResponse }, ({ tenant, params }) =>
  restoreProject(tenant, params.projectId ?? ""),
);
