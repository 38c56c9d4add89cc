import * as tables from "@/db/schema/onboarding";
import { defineModule } from "@/lib/manifest/define";
import { onboardingError } from "./catalog";
import { forgetOnboarding } from "./checklist";
import { onboardingEvents } from "./events";
import { onboardingPersonalData } from "./personal-data";

export default defineModule({
  id: "onboarding",
  core: false,
  summary: "A dismissible onboarding checklist on the dashboard, from the steps modules declare in their manifests (verify email, create a project, invite a teammate, create an API key, make the first call, choose a plan); each completes from the real event, per user or per tenant, and completion is an event.",
  tables,
  events: onboardingEvents,
  errors: onboardingError.codes,
  portal: { overviewCard: () => import("@/components/onboarding/checklist-card").then((m) => m.ChecklistCard) },
  hooks: {
    onUserDeleted: (tx, user) => forgetOnboarding(tx, user.id),
    onTenantDeleted: (tx, tenant) => forgetOnboarding(tx, tenant.id),
  },
  personalData: onboardingPersonalData,
  owns: {
    routes: ["app/(api)/me/onboarding"],
    files: ["components/onboarding", "tests/onboarding.int.test.ts"],
  },
  fixtures: () => import("@/seed/onboarding").then((m) => m.fixtures),
  removal: "The checklist card leaves the dashboard and `onboarding.completed` stops; the steps modules declare in their manifests stay (nothing else reads them) and the recorded progress is dropped.",
  messages: (locale) => import(`./messages/${locale}.json`).then((m) => m.default),
  docs: "modules/onboarding.mdx",
});
