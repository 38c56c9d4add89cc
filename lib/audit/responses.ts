import { z } from "zod";
import { timestamp, type ResponseOf } from "@/lib/http/response";

/** One audit log entry. */
export const auditEntryResponse = z.object({
  id: z.string().describe("aud_…"),
  tenantId: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable().describe("The actor's current name; null for the system or an erased account"),
  action: z.string().describe("<resource>.<verb>, e.g. member.role_changed"),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: timestamp,
});

export type AuditEntryResponse = ResponseOf<typeof auditEntryResponse>;
