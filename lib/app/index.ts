/**
 * The assembled app: what the module list (lib/modules.ts) adds up to. This folder and the other
 * composition roots (instrumentation, the trigger entry, layouts, route files, tests) are the only
 * code that sees every module; lib/<module> code never imports it (the dependency linter checks).
 *
 * Why route files and pages import this instead of a registry filled at boot: Next.js compiles
 * instrumentation, route handlers and pages into separate module graphs, so a registry filled in
 * one is empty in another. Composing by import is the only way every entry point sees the same
 * modules, without a global.
 */
export { modules, type AppModule } from "./modules";
export { access, can, type AppPermission } from "./access";
export { jobs, drainJobs, runDueJobs, executeJob, retryJob, runCronCall } from "./jobs";
export { tenantHooks, memberRemovedHooks, tenantDeletedHooks } from "./tenant-hooks";
export { auth, getSessionFromHeaders, getCurrentSession, getCurrentUser, requirePlatformAdmin } from "./auth";
export { adminPages, adminPage, adminTenantSections, adminUserSections, adminOverviewFigures, providerStatus } from "./admin";
export { route } from "./route";
export { portalNavFor, adminNav } from "./nav";
export { errorCodes, idPrefixes, auditActions, emailTemplates, publicPages, tablesByModule, eventCatalog, publishedEventTypes, notificationTypes } from "./catalogs";
export { portalSlot, accountSlots, accountProviders, overviewFigures, overviewCards, quickLinks } from "./portal";
export { loadFixtures } from "./fixtures";
export { creditsPort, segmentsPort } from "./ports";
