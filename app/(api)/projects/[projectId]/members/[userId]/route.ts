import { route } from "@/lib/app";
import { removeProjectGuest } from "@/lib/projects/guests";

/** Removes a guest's access to the project. */
export const DELETE = route({ auth: ["session", "apiKey"], permission: { project: ["update"] }, status: 204 }, ({ tenant, params }) =>
  removeProjectGuest(tenant, params.projectId ?? "", params.userId ?? ""),
);
