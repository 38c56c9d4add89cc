import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { tenantPlans } from "@/db/schema/plans";
import { installedPort } from "@/lib/manifest/assembled";
import type { FlagContext } from "./evaluate";

/**
 * What rules match on, read from the database for a user and a tenant: the user's email and
 * platform role, the tenant's plan and billing state, and the segments either is in (through the
 * segments port: without that module no segment rule matches).
 */
export async function flagContextFor(input: { userId?: string | null; tenantId?: string | null }): Promise<FlagContext> {
  const [user] = input.userId ? await db.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, input.userId)) : [];
  const segments = (await installedPort("segments")?.membershipsOf(input)) ?? [];
  const [plan] = input.tenantId ? await db.select({ plan: tenantPlans.plan, state: tenantPlans.state }).from(tenantPlans).where(eq(tenantPlans.tenantId, input.tenantId)) : [];
  return {
    userId: input.userId ?? null,
    tenantId: input.tenantId ?? null,
    email: user?.email ?? null,
    platformRole: user?.role ?? null,
    plan: plan?.plan ?? (input.tenantId ? "free" : null),
    billingState: plan?.state ?? (input.tenantId ? "free" : null),
    segments,
  };
}
