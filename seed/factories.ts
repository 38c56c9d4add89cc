import { and, eq } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { symmetricEncrypt } from "better-auth/crypto";
import { accounts, twoFactors, users } from "@/db/schema/auth";
import { authSecret } from "@/lib/auth/config";
import { tenantInvitations, tenantMembers, tenants } from "@/db/schema/tenants";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import { newId } from "@/lib/ids";
import { writeTenantPlan, type PlanState } from "@/lib/plans";

/**
 * Factories for seeds and tests. Each writes rows directly (no emails, no jobs) and is idempotent
 * on its natural key (email, slug, name), so `npm run db:seed` can run again safely.
 */

export const demoPassword = "keel-demo-password";

export type SeedUser = { id: string; email: string; name: string; password: string };
export type SeedTenant = { id: string; name: string; slug: string };

let counter = 0;
/** A unique address for tests: `prefix-<time>-<n>@test.keel.local`. */
export function uniqueEmail(prefix = "user"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 6)}@test.keel.local`;
}

export async function createUser(
  input: { email?: string; name?: string; password?: string; platformAdmin?: boolean; emailVerified?: boolean } = {},
  executor: Executor = db,
): Promise<SeedUser> {
  const email = (input.email ?? uniqueEmail()).toLowerCase();
  const name = input.name ?? email.split("@")[0] ?? "User";
  const password = input.password ?? demoPassword;
  const [existing] = await executor.select().from(users).where(eq(users.email, email));
  if (existing) return { id: existing.id, email, name: existing.name, password };
  const id = newId("user");
  await executor.insert(users).values({
    id,
    email,
    name,
    emailVerified: input.emailVerified ?? true,
    role: input.platformAdmin ? "admin" : "user",
  });
  await executor.insert(accounts).values({
    id: newId("account"),
    accountId: id,
    providerId: "credential",
    userId: id,
    password: await hashPassword(password),
  });
  return { id, email, name, password };
}

/**
 * Turns on TOTP for `user` with `secret`, stored as Better Auth's two-factor plugin stores it:
 * encrypted with the auth secret. Better Auth keys TOTP on the UTF-8 bytes of that text, so codes
 * are RFC 6238 (SHA-1, 30 s, 6 digits) over those bytes; apps get them base32-encoded. No backup
 * codes. Keeps an existing enrolment.
 */
export async function enrolTotp(input: { user: Pick<SeedUser, "id">; secret: string }, executor: Executor = db): Promise<void> {
  if (!authSecret) throw new Error("BETTER_AUTH_SECRET is needed to store a TOTP secret.");
  await executor
    .insert(twoFactors)
    .values({
      id: newId("twoFactor"),
      userId: input.user.id,
      secret: await symmetricEncrypt({ key: authSecret, data: input.secret }),
      backupCodes: await symmetricEncrypt({ key: authSecret, data: "[]" }),
      verified: true,
    })
    .onConflictDoNothing({ target: twoFactors.userId });
  await executor.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, input.user.id));
}

/** A tenant's plan and standing (core's tenant_plans); omitted → the default plan, free. */
export type TenantPlanInput = { plan?: string; state?: PlanState };

export async function createTenant(
  input: { name?: string; slug?: string; owner: SeedUser } & TenantPlanInput,
  executor: Executor = db,
): Promise<SeedTenant> {
  const name = input.name ?? `Tenant ${newId("tenant").slice(-8)}`;
  const slug = input.slug ?? `t-${newId("tenant").slice(4).toLowerCase()}`;
  const [existing] = await executor.select().from(tenants).where(eq(tenants.slug, slug));
  if (existing) return { id: existing.id, name: existing.name, slug };
  const id = newId("tenant");
  await executor.insert(tenants).values({
    id,
    name,
    slug,
  });
  if (input.plan || input.state) await writeTenantPlan(executor, id, { ...(input.plan ? { plan: input.plan } : {}), ...(input.state ? { state: input.state } : {}) });
  await addMember({ tenant: { id, name, slug }, user: input.owner, role: "owner" }, executor);
  return { id, name, slug };
}

export async function addMember(
  input: { tenant: SeedTenant; user: SeedUser; role: Role },
  executor: Executor = db,
): Promise<{ id: string }> {
  const [existing] = await executor
    .select({ id: tenantMembers.id })
    .from(tenantMembers)
    .where(and(eq(tenantMembers.tenantId, input.tenant.id), eq(tenantMembers.userId, input.user.id)));
  if (existing) return existing;
  const id = newId("member");
  await executor.insert(tenantMembers).values({ id, tenantId: input.tenant.id, userId: input.user.id, role: input.role });
  return { id };
}

export async function createInvitation(
  input: { tenant: SeedTenant; email: string; role: Exclude<Role, "owner">; inviter: SeedUser },
  executor: Executor = db,
): Promise<{ id: string }> {
  const email = input.email.toLowerCase();
  const [existing] = await executor
    .select({ id: tenantInvitations.id })
    .from(tenantInvitations)
    .where(and(eq(tenantInvitations.tenantId, input.tenant.id), eq(tenantInvitations.email, email), eq(tenantInvitations.status, "pending")));
  if (existing) return existing;
  const id = newId("invitation");
  await executor.insert(tenantInvitations).values({
    id,
    tenantId: input.tenant.id,
    email,
    role: input.role,
    inviterId: input.inviter.id,
    expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
  });
  return { id };
}

/** A tenant with one member of every role, for role and isolation tests. */
export async function createTeam(label = "team", plan: TenantPlanInput = {}) {
  const people = {} as Record<Role, SeedUser>;
  for (const role of ["owner", "admin", "member", "viewer", "guest"] as const) {
    people[role] = await createUser({ email: uniqueEmail(`${label}-${role}`), name: `${label} ${role}` });
  }
  const tenant = await createTenant({ name: `${label} tenant`, owner: people.owner, ...plan });
  for (const role of ["admin", "member", "viewer", "guest"] as const) {
    await addMember({ tenant, user: people[role], role });
  }
  return { tenant, people };
}
