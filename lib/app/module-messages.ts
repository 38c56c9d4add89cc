// Generated from the manifests by `npx tsx lib/app/cli/write-removal-guide.ts` and `npm run module -- remove`:
// each installed module's message files (lib/app/module-index.ts explains why not one pattern).
import type { Locale } from "@/lib/i18n/config";
import type { MessageTree } from "@/lib/i18n/messages";

export const moduleMessageLoaders: Record<string, (locale: Locale) => Promise<MessageTree>> = {
  "admin": async (locale) => (await import(`@/lib/admin/messages/${locale}.json`)).default as MessageTree,
  "analytics": async (locale) => (await import(`@/lib/analytics/messages/${locale}.json`)).default as MessageTree,
  "api-keys": async (locale) => (await import(`@/lib/api-keys/messages/${locale}.json`)).default as MessageTree,
  "credits": async (locale) => (await import(`@/lib/credits/messages/${locale}.json`)).default as MessageTree,
  "billing": async (locale) => (await import(`@/lib/billing/messages/${locale}.json`)).default as MessageTree,
  "blog": async (locale) => (await import(`@/lib/blog/messages/${locale}.json`)).default as MessageTree,
  "docs": async (locale) => (await import(`@/lib/docs/messages/${locale}.json`)).default as MessageTree,
  "flags": async (locale) => (await import(`@/lib/flags/messages/${locale}.json`)).default as MessageTree,
  "notifications": async (locale) => (await import(`@/lib/notifications/messages/${locale}.json`)).default as MessageTree,
  "observability": async (locale) => (await import(`@/lib/observability/messages/${locale}.json`)).default as MessageTree,
  "onboarding": async (locale) => (await import(`@/lib/onboarding/messages/${locale}.json`)).default as MessageTree,
  "privacy": async (locale) => (await import(`@/lib/privacy/messages/${locale}.json`)).default as MessageTree,
  "projects": async (locale) => (await import(`@/lib/projects/messages/${locale}.json`)).default as MessageTree,
  "referrals": async (locale) => (await import(`@/lib/referrals/messages/${locale}.json`)).default as MessageTree,
  "revenue": async (locale) => (await import(`@/lib/revenue/messages/${locale}.json`)).default as MessageTree,
  "segments": async (locale) => (await import(`@/lib/segments/messages/${locale}.json`)).default as MessageTree,
  "status": async (locale) => (await import(`@/lib/status/messages/${locale}.json`)).default as MessageTree,
  "support": async (locale) => (await import(`@/lib/support/messages/${locale}.json`)).default as MessageTree,
  "usage": async (locale) => (await import(`@/lib/usage/messages/${locale}.json`)).default as MessageTree,
  "waitlist": async (locale) => (await import(`@/lib/waitlist/messages/${locale}.json`)).default as MessageTree,
  "webhooks": async (locale) => (await import(`@/lib/webhooks/messages/${locale}.json`)).default as MessageTree,
};
