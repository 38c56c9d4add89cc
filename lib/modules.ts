// The module list: one line per module. `npm run module -- remove <id>` deletes a module's files
// and its line here. Only composition roots import this file (lib/app, instrumentation, the
// trigger entry, layouts, tests); the dependency linter refuses anyone else.
export { default as auth } from "./auth/module";
export { default as tenants } from "./tenants/module";
export { default as plans } from "./plans/module";
export { default as audit } from "./audit/module";
export { default as email } from "./email/module";
export { default as storage } from "./storage/module";
export { default as jobs } from "./jobs/module";
export { default as http } from "./http/module";
export { default as metrics } from "./metrics/module";
export { default as observability } from "./observability/module";
export { default as credits } from "./credits/module";
export { default as billing } from "./billing/module";
export { default as revenue } from "./revenue/module";
export { default as apiKeys } from "./api-keys/module";
export { default as usage } from "./usage/module";
export { default as notifications } from "./notifications/module";
export { default as projects } from "./projects/module";
export { default as webhooks } from "./webhooks/module";
export { default as admin } from "./admin/module";
export { default as support } from "./support/module";
export { default as analytics } from "./analytics/module";
export { default as status } from "./status/module";
export { default as productAnalytics } from "./product-analytics/module";
export { default as flags } from "./flags/module";
export { default as segments } from "./segments/module";
export { default as onboarding } from "./onboarding/module";
export { default as waitlist } from "./waitlist/module";
export { default as referrals } from "./referrals/module";
export { default as privacy } from "./privacy/module";
export { default as docs } from "./docs/module";
export { default as blog } from "./blog/module";
