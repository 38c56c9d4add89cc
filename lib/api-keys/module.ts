import * as tables from "@/db/schema/api-keys";
import { defineModule } from "@/lib/manifest/define";
import { apiKeyOnboarding } from "./onboarding";
import { apiKeyAuditActions, apiKeyIds, apiKeyPermissions } from "./catalog";
import { apiKeyEvents } from "./events";
import { revokeKeysOfDeletedTenant, revokeKeysOfRemovedMember } from "./revocation";
import { authenticateApiKey } from "./verify";
import { apiKeysPersonalData } from "./personal-data";
import { apiKeyExpiringEmail } from "./emails";
import { expiryRemindersJob } from "./expiry-reminders";

export default defineModule({
  id: "api-keys",
  core: false,
  summary: "Tenant API keys (sk_live_/sk_test_) with scopes, per-key rate limits and verification.",
  onboarding: apiKeyOnboarding,
  tables,
  personalData: apiKeysPersonalData,
  permissions: apiKeyPermissions,
  auditActions: apiKeyAuditActions,
  events: apiKeyEvents,
  jobs: [expiryRemindersJob],
  emails: [apiKeyExpiringEmail],
  idPrefixes: apiKeyIds.prefixes,
  nav: { portal: [{ href: "/dashboard/api-keys", label: "nav.apiKeys", order: 400 }] },
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  owns: {
    routes: ["app/(api)/tenants/[tenantId]/api-keys", "app/(api)/v1/keys", "app/(portal)/dashboard/api-keys"],
    files: ["emails/api-key-expiring.tsx", "seed/api-keys.ts", "tests/api-keys.int.test.ts", "tests/api-keys-edges.int.test.ts", "tests/api-key-revocation.int.test.ts", "tests/api-key-guessing.int.test.ts", "tests/api-key-rotation.int.test.ts", "tests/api-key-expiry-reminders.int.test.ts", "e2e/api-keys.spec.ts", "bench/api-keys.ts", "bench/_lib/plugin-auth.ts"],
  },
  fixtures: () => import("@/seed/api-keys").then((m) => m.fixtures),
  docs: "modules/api-keys.mdx",
  hooks: { authenticateApiKey, onMemberRemoved: revokeKeysOfRemovedMember, onTenantDeleted: revokeKeysOfDeletedTenant },
  admin: {
    tenantSections: [{ title: "admin.section", order: 50, component: () => import("@/components/api-keys/admin-section").then((m) => m.ApiKeysAdminSection) }],
  },
});
