import { z } from "zod";
import { timestamp, type ResponseOf } from "@/lib/http/response";
import { suppressionNoticeResponse } from "@/lib/email/responses";
import { membershipResponse } from "@/lib/tenants/responses";

/** `GET /me`: the caller, their tenants and the active one. */
const impersonatedBy = z
  .object({ id: z.string(), email: z.string() })
  .nullable()
  .describe("The platform admin looking through this session (read-only impersonation); null for the user's own session.");

export const meResponse = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    platformRole: z.string(),
    /** The chosen UI and email language, or null to follow the browser. */
    locale: z.string().nullable(),
    impersonatedBy,
  }),
  tenants: z.array(membershipResponse),
  activeTenantId: z.string().nullable(),
  emailSuppressed: suppressionNoticeResponse,
  impersonatedBy,
});

/** One of the caller's sessions. */
export const sessionResponse = z.object({
  id: z.string(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  expiresAt: timestamp,
  current: z.boolean().describe("The session making this request."),
});

export type MeResponse = ResponseOf<typeof meResponse>;
export type SessionResponse = ResponseOf<typeof sessionResponse>;
