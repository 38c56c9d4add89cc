import { eq } from "drizzle-orm";
import { projects } from "@/db/schema/projects";
import type { OnboardingStep } from "@/lib/manifest/define";

/** The projects module's onboarding step: the tenant's first project (deleted later, it still counts once seen). */
export const projectOnboarding: readonly OnboardingStep[] = [
  {
    id: "create-project",
    title: "onboarding.createProject",
    href: "/dashboard/projects",
    scope: "tenant",
    order: 20,
    done: async (executor, { tenantId }) => (await executor.select({ id: projects.id }).from(projects).where(eq(projects.tenantId, tenantId)).limit(1)).length > 0,
  },
];
