import { z } from "zod";
import { route } from "@/lib/app";
import { getMe, updateMe } from "@/lib/account";
import { meResponse } from "@/lib/account/responses";
import { locales } from "@/lib/i18n/config";

/** The caller, their tenants and the active one. */
export const GET = route({ auth: "session", response: meResponse }, ({ user }) => getMe(user));

const patch = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    image: z.url().max(2048).nullish(),
    /** Switch the session's active tenant (the caller must belong to it). */
    activeTenantId: z.string().max(64).optional(),
    /** The UI and email language; null follows the browser again. */
    locale: z.enum(locales).nullish(),
  })
  .refine((v) => Object.keys(v).length > 0, "Send at least one field.");

/** Changes the caller's name, picture, language or active tenant. */
export const PATCH = route({ auth: "session", body: patch, response: meResponse }, ({ user, body }) => updateMe(user, body));
