import { notFound } from "next/navigation";
import { createAuth } from "@/lib/auth/server";
import { sessionReader } from "@/lib/auth/session";
import { access } from "./access";
import { signInGates, signUpGates, tenantHooks, userSignedUpHooks } from "./tenant-hooks";

/** The Better Auth instance, with every module's matrix, tenant hooks and sign-up hooks. */
export const auth = createAuth({ access, tenantHooks, userSignedUpHooks, signUpGates, signInGates });

export const { getSessionFromHeaders, getCurrentSession, getCurrentUser } = sessionReader(auth);

/**
 * For admin pages and the server actions they post to: the signed-in platform admin whose session
 * proved a second factor. Anyone else gets the 404 the admin panel answers to everyone else (the
 * layout checks too, but an action is its own endpoint and a page's data must not rely on it).
 */
export async function requirePlatformAdmin() {
  const user = await getCurrentUser();
  if (!user || user.role !== "admin" || !user.secondFactorAt) notFound();
  return user;
}
