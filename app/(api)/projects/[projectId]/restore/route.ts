import { route } from "@/lib/app";
import { restoreProject } from "@/lib/projects";

export const POST = route({ auth: ["session", "apiKey"], permission: { project: ["delete"] } }, ({ tenant, params }) =>
  restoreProject(tenant, params.projectId ?? ""),
);
