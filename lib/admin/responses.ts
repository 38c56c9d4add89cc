import { z } from "zod";
import { pageOf, timestamp } from "@/lib/http/response";

/** A row of `GET /platform/users`. */
export const adminUserResponse = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  createdAt: timestamp,
  lastSignInAt: timestamp.nullable(),
  emailVerified: z.boolean(),
  twoFactorEnabled: z.boolean(),
  tenantsCount: z.number().int(),
  platformRole: z.enum(["admin", "user"]),
  banned: z.boolean(),
  banReason: z.string().nullable(),
});

const auditRow = z.object({
  id: z.string(),
  action: z.string(),
  actorId: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  data: z.unknown(),
  createdAt: timestamp,
});

export const adminUserDetailResponse = z.object({
  user: adminUserResponse,
  sessions: z.array(z.object({ id: z.string(), ipAddress: z.string().nullable(), userAgent: z.string().nullable(), createdAt: timestamp, expiresAt: timestamp, impersonatedBy: z.string().nullable(), secondFactorAt: timestamp.nullable() })),
  tenants: z.array(z.object({ id: z.string(), name: z.string(), slug: z.string(), role: z.string() })),
  audit: z.array(auditRow.extend({ tenantId: z.string().nullable() })),
  emails: z.array(z.object({ id: z.string(), to: z.string(), template: z.string(), subject: z.string(), status: z.string(), attempts: z.number().int(), lastError: z.string().nullable(), createdAt: timestamp })),
});

/** A row of `GET /platform/tenants`. */
export const adminTenantResponse = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  membersCount: z.number().int(),
  plan: z.string(),
  interval: z.enum(["month", "year"]).nullable(),
  billingState: z.string(),
  mrr: z.number().int().describe("Monthly recurring revenue in the plans' smallest currency unit (a yearly plan at 1/12)."),
  createdAt: timestamp,
});

export const adminTenantDetailResponse = z.object({
  tenant: adminTenantResponse,
  members: z.array(z.object({ id: z.string(), userId: z.string(), email: z.string(), name: z.string(), role: z.string(), joinedAt: timestamp })),
  audit: z.array(auditRow),
});

export const userActionResponse = z.object({ id: z.string(), banned: z.boolean(), sessionsEnded: z.number().int() });

export const impersonationResponse = z.object({ id: z.string(), userId: z.string(), expiresAt: timestamp });

export const adminJobResponse = z.object({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  payload: z.unknown(),
  lastError: z.string().nullable(),
  runAt: timestamp,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const adminEmailResponse = adminUserDetailResponse.shape.emails.element;

export const systemResponse = z.object({
  database: z.object({ driver: z.string(), latencyMs: z.number() }),
  jobs: z.object({ lagMs: z.number().describe("How long the oldest due job has waited."), queueDepth: z.number().int() }),
  version: z.object({ app: z.string(), next: z.string(), node: z.string() }),
  migrations: z.object({ applied: z.number().int(), newestAt: timestamp.nullable() }),
  providers: z.array(z.object({ kind: z.string(), name: z.string(), local: z.boolean() })),
});

export const usersPageResponse = pageOf(adminUserResponse);
export const tenantsPageResponse = pageOf(adminTenantResponse);
export const jobsPageResponse = pageOf(adminJobResponse);
export const emailsPageResponse = pageOf(adminEmailResponse);
