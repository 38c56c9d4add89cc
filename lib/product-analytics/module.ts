import * as tables from "@/db/schema/product-analytics";
import { defineModule } from "@/lib/manifest/define";
import { productAnalyticsSegmentFields } from "./segment-fields";
import { productAnalyticsKeys } from "./keys";
import { apiKeyCreatedJob, onboardingCompletedJob, paymentFailedJob, subscriptionUpdatedJob } from "./subscribers";
import { deliverProductEventJob, identify, track } from "./track";
import { productAnalyticsPersonalData } from "./personal-data";

export default defineModule({
  id: "product-analytics",
  core: false,
  summary: "Product events (sign-up, subscription started/changed/canceled, payment failed, API key created) in Keel's own store, sent through the outbox to PostHog when its key is set and consent allows; posthog-js in the portal through a first-party /ingest proxy.",
  segmentFields: productAnalyticsSegmentFields,
  env: productAnalyticsKeys,
  tables,
  jobs: [deliverProductEventJob],
  // By type name: billing, api-keys and onboarding publish these; with one removed its events never come.
  subscriptions: {
    "subscription.updated": [subscriptionUpdatedJob],
    "payment.failed": [paymentFailedJob],
    "api_key.created": [apiKeyCreatedJob],
    "onboarding.completed": [onboardingCompletedJob],
  },
  portal: { accountBanner: () => import("@/components/product-analytics/posthog-slot").then((m) => m.PostHogSlot) },
  hooks: {
    // In the sign-up's transaction: the event and its delivery job exist only if the account does.
    onUserSignedUp: async (tx, user) => {
      await track(tx, { name: "signed_up", userId: user.id });
      await identify(tx, user.id, { signed_up_at: new Date().toISOString() });
    },
  },
  personalData: productAnalyticsPersonalData,
  retention: [{ class: "product_events", table: "product_events", column: "occurred_at", days: 90, where: "delivery is not null", description: "Raw product events already delivered (PostHog keeps its own copy under its own retention)." }],
  providers: [{ kind: "product analytics", current: () => (productAnalyticsKeys().NEXT_PUBLIC_POSTHOG_KEY ? { name: "posthog", local: false } : { name: "local event store", local: true }) }],
  owns: {
    routes: ["app/(api)/ingest"],
    files: ["components/product-analytics", "tests/product-analytics.int.test.ts", "tests/providers/posthog-api.ts", "tests/providers/posthog.int.test.ts"],
  },
  fixtures: () => import("@/seed/product-analytics").then((m) => m.fixtures),
  removal:
    "Nothing is sent to PostHog and posthog-js leaves the portal; the product events table is dropped. The web analytics module (the /t.js tracker) is separate and stays.",
  docs: "modules/product-analytics.mdx",
});
