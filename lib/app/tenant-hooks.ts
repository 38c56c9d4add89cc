import type { LifecycleHooks } from "@/lib/manifest/define";
import type { MemberRemovedHook, TenantDeletedHook, TenantHook } from "@/lib/tenants/hooks";
import { modules } from "./modules";

function hooksOf<K extends keyof LifecycleHooks>(name: K): NonNullable<LifecycleHooks[K]>[] {
  return modules.flatMap((m) => {
    const hook = "hooks" in m ? (m.hooks as LifecycleHooks)[name] : undefined;
    return hook ? [hook as NonNullable<LifecycleHooks[K]>] : [];
  });
}

/** Every module's `onTenantCreated`, in dependency order: pass it to createTenant. */
export const tenantHooks: readonly TenantHook[] = hooksOf("onTenantCreated");

/** Every module's `onMemberRemoved`: pass it to removeMember. */
export const memberRemovedHooks: readonly MemberRemovedHook[] = hooksOf("onMemberRemoved");

/** Every module's `onTenantDeleted`: pass it to deleteTenant. */
export const tenantDeletedHooks: readonly TenantDeletedHook[] = hooksOf("onTenantDeleted");

/** Every module's `onUserSignedUp`: Better Auth runs them after it creates an account (lib/auth/server.ts). */
export const userSignedUpHooks: readonly NonNullable<LifecycleHooks["onUserSignedUp"]>[] = hooksOf("onUserSignedUp");

/** Every module's `beforeUserSignUp`: any of them can refuse an account (lib/auth/server.ts). */
export const signUpGates: readonly NonNullable<LifecycleHooks["beforeUserSignUp"]>[] = hooksOf("beforeUserSignUp");

/** Every module's `beforeSignIn`: any of them can refuse a new session (lib/auth/server.ts). */
export const signInGates: readonly NonNullable<LifecycleHooks["beforeSignIn"]>[] = hooksOf("beforeSignIn");
