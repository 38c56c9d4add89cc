import { z } from "zod";
import { route } from "@/lib/app";
import { transferOwnership } from "@/lib/tenants";
import { transferResponse } from "@/lib/tenants/responses";

/** Makes another member the owner; the current owner becomes an admin. */
export const POST = route(
  { auth: "session", permission: { organization: ["transfer"] }, body: z.object({ memberId: z.string().min(1).max(64) }), response: transferResponse },
  ({ tenant, body }) => transferOwnership(tenant, body),
);
