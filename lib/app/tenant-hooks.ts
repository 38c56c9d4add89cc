import type { TenantHook } from "@/lib/tenants/hooks";
import { modules } from "./modules";

/** Every module's `onTenantCreated`, in dependency order: pass it to createTenant. */
export const tenantHooks: readonly TenantHook[] = modules.flatMap((m) => {
  const hooks = "hooks" in m ? (m.hooks as { onTenantCreated?: TenantHook }) : undefined;
  return hooks?.onTenantCreated ? [hooks.onTenantCreated] : [];
});
