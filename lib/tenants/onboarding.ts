import { and, eq, ne } from "drizzle-orm";
import { tenantInvitations, tenantMembers } from "@/db/schema/tenants";
import type { OnboardingStep } from "@/lib/manifest/define";

/** The tenants module's onboarding step: someone invited (the invitation is the act), or a second member. */
export const tenantOnboarding: readonly OnboardingStep[] = [
  {
    id: "invite-teammate",
    title: "onboarding.inviteTeammate",
    href: "/dashboard/team",
    scope: "tenant",
    order: 30,
    done: async (executor, { tenantId, userId }) => {
      const [invited] = await executor.select({ id: tenantInvitations.id }).from(tenantInvitations).where(eq(tenantInvitations.tenantId, tenantId)).limit(1);
      if (invited) return true;
      const [other] = await executor.select({ id: tenantMembers.id }).from(tenantMembers).where(and(eq(tenantMembers.tenantId, tenantId), ne(tenantMembers.userId, userId))).limit(1);
      return Boolean(other);
    },
  },
];
