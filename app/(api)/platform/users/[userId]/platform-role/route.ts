import { z } from "zod";
import { route } from "@/lib/app";
import { setPlatformAdmin } from "@/lib/admin/user-actions";
import { reason } from "@/lib/admin/inputs";

const body = z.object({ admin: z.boolean().describe("true grants platform admin, false revokes it."), reason });

/** Grants or revokes platform admin; never on one's own account. */
export const PUT = route({ auth: "platformAdmin", body, response: z.object({ id: z.string(), platformRole: z.enum(["admin", "user"]) }) }, ({ user, params, body }) =>
  setPlatformAdmin(user, params.userId ?? "", body),
);
