import { createAuth } from "@/lib/auth/server";
import { sessionReader } from "@/lib/auth/session";
import { access } from "./access";
import { tenantHooks } from "./tenant-hooks";

/** The Better Auth instance, with every module's matrix and tenant hooks. */
export const auth = createAuth({ access, tenantHooks });

export const { getSessionFromHeaders, getCurrentSession, getCurrentUser } = sessionReader(auth);
