import { z } from "zod";
import { route } from "@/lib/app";
import { getMe, updateMe } from "@/lib/account";
import { meResponse } from "@/lib/account/responses";

/** The caller, their tenants and the active one. */
export const GET = route({ auth: "session", response: meResponse }, ({ user }) => getMe(user));

const patch = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    image: z.url().max(2048).nullish(),
    /** Switch the session's active tenant (the caller must belong to it). */
    activeTenantId: z.string().max(64).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field.");

export const PATCH = route({ auth: "session", body: patch, response: meResponse }, ({ user, body }) => updateMe(user, body));
