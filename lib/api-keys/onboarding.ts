import { and, eq, isNotNull } from "drizzle-orm";
import { apiKeys } from "@/db/schema/api-keys";
import type { OnboardingStep } from "@/lib/manifest/define";

/** The api-keys module's onboarding steps: a key created, then a request authenticated with one (its `last_used_at`). */
export const apiKeyOnboarding: readonly OnboardingStep[] = [
  {
    id: "create-api-key",
    title: "onboarding.createApiKey",
    href: "/dashboard/api-keys",
    scope: "tenant",
    order: 40,
    done: async (executor, { tenantId }) => (await executor.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.tenantId, tenantId)).limit(1)).length > 0,
  },
  {
    id: "first-api-call",
    title: "onboarding.firstApiCall",
    href: "/docs",
    scope: "tenant",
    order: 50,
    done: async (executor, { tenantId }) => (await executor.select({ id: apiKeys.id }).from(apiKeys).where(and(eq(apiKeys.tenantId, tenantId), isNotNull(apiKeys.lastUsedAt))).limit(1)).length > 0,
  },
];
