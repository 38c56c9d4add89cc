import { route } from "@/lib/http";
import { permissionMatrix, roleNames, statements } from "@/lib/auth/roles";

/** The roles and what each may do: the permission matrix as data. */
export const GET = route({ auth: "public" }, () => {
  const matrix = permissionMatrix();
  return { resources: statements, data: roleNames.map((name) => ({ name, permissions: matrix[name] })) };
});
