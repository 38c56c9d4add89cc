import { access, route } from "@/lib/app";
import { roleNames } from "@/lib/auth/roles";
import { rolesResponse } from "@/lib/tenants/responses";

/** The roles and what each may do: the permission matrix as data. */
export const GET = route({ auth: "public", response: rolesResponse }, () => {
  const matrix = access.matrix();
  return { resources: access.statements, scopes: access.scopes, data: roleNames.map((name) => ({ name, permissions: matrix[name] })) };
});
