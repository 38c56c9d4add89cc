import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema/auth";
import type { OnboardingStep } from "@/lib/manifest/define";

/** Auth's onboarding step: each person verifies their own address. */
export const authOnboarding: readonly OnboardingStep[] = [
  {
    id: "verify-email",
    title: "onboarding.verifyEmail",
    href: "/dashboard/settings",
    scope: "user",
    order: 10,
    done: async (executor, { userId }) => (await executor.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.emailVerified, true)))).length > 0,
  },
];
