import { z } from "zod";
import { timestamp, type ResponseOf } from "@/lib/http/response";
import { suppressionNoticeResponse } from "@/lib/email/responses";
import { membershipResponse } from "@/lib/tenants/responses";

/** `GET /me`: the caller, their tenants and the active one. */
export const meResponse = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), platformRole: z.string() }),
  tenants: z.array(membershipResponse),
  activeTenantId: z.string().nullable(),
  emailSuppressed: suppressionNoticeResponse,
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
