import { createAccess, type PermissionOf } from "@/lib/auth/roles";
import { modules, type AppModule } from "./modules";

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type SpecOf<M> = M extends { permissions: infer P } ? P : never;

/** The resources of every module, merged: `{ project: {...}, billing: {...}, ... }`. */
export type AppPermissionSpec = UnionToIntersection<SpecOf<AppModule>>;
/** What a route or a page may ask for, typed by the modules installed. */
export type AppPermission = PermissionOf<AppPermissionSpec>;

function mergeSpecs(): AppPermissionSpec {
  const merged: Record<string, unknown> = {};
  for (const m of modules) {
    for (const [resource, spec] of Object.entries("permissions" in m ? m.permissions : {})) {
      if (resource in merged) throw new Error(`Two modules declare the permission resource "${resource}".`);
      merged[resource] = spec;
    }
  }
  return merged as AppPermissionSpec;
}

/** The one permission matrix, folded from the manifests. */
export const access = createAccess(mergeSpecs());

export const can = (role: string, permission: AppPermission) => access.can(role, permission);
