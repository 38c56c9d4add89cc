import type { Locale } from "@/lib/i18n/config";
import type { MessageTree } from "@/lib/i18n/messages";
import type { ComponentType, ReactNode } from "react";
import type { SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import type { EmailTemplate } from "@/lib/email/define";
import type { ErrorCatalog } from "@/lib/errors";
import type { ApiKeyAuthenticator } from "@/lib/http/api-key";
import type { AnyJobDefinition, JobDefinition } from "@/lib/jobs/define";
import type { EventSpec } from "@/lib/jobs/events";
import type { NotificationType } from "@/lib/jobs/notify";
import type { PermissionSpec } from "@/lib/auth/roles";
import type { MemberRemovedHook, TenantDeletedHook, TenantHook } from "@/lib/tenants/hooks";
import type { Ports } from "./ports";

/** A link in the portal's side nav or the admin panel's. */
export type NavItem = {
  href: string;
  /** A message key in the module's namespace (`nav.billing` is `billing.nav.billing`; lib/app/nav.ts). */
  label: string;
  /** Position among all modules' items, lowest first. @default 100 */
  order?: number;
  /** Shown outside production only (the local mailbox). @default false */
  devOnly?: boolean;
  /** Portal entries: shown only to roles this permission allows in the active tenant (none: everyone). */
  permission?: Readonly<Record<string, readonly string[]>>;
};

/** What a portal slot receives: the active tenant and the caller's role in it. */
export type PortalSlotProps = { tenantId: string; tenantName: string; role: string };

/**
 * What an account slot receives: the signed-in user, whether or not they have a tenant, and the
 * platform admin looking through this session when it is a read-only impersonation.
 */
export type AccountSlotProps = {
  userId: string;
  impersonation: { adminEmail: string; endsAt: Date } | null;
  /** The tenant the user is working in, if any. */
  activeTenantId?: string | null;
};

/**
 * A component loaded only where it is rendered: manifests are also imported by route handlers,
 * which must not pull UI code in.
 */
export type LazyComponent<P> = () => Promise<ComponentType<P>>;

/** What a module adds to the customer portal besides its nav entries. */
export type PortalContributions = {
  /** In the header, after the tenant switcher (billing's state badge). */
  header?: LazyComponent<PortalSlotProps>;
  /** In the header beside the account menu, for every signed-in user, tenant or not (the notifications bell). */
  accountHeader?: LazyComponent<AccountSlotProps>;
  /** Above every dashboard page, with or without a tenant (the admin module's impersonation banner). */
  accountBanner?: LazyComponent<AccountSlotProps>;
  /** Above every dashboard page (billing's dunning banner). */
  banner?: LazyComponent<PortalSlotProps>;
  /**
   * Wraps the whole portal (a React context provider), with or without a tenant: the flags
   * module hydrates `useFlag` here with the values the server computed, so no flash and no request.
   */
  accountProvider?: LazyComponent<AccountSlotProps & { children: ReactNode }>;
  /** Figures on the overview page. */
  overview?: readonly { label: string; value: LazyComponent<PortalSlotProps> }[];
  /** A card on the overview page, for the signed-in user in the active tenant (the onboarding checklist). */
  overviewCard?: LazyComponent<PortalSlotProps & { userId: string }>;
  /** Links on the overview page, shown to roles the permission allows (none: everyone). */
  quickLinks?: readonly { href: string; label: string; order?: number; permission?: Readonly<Record<string, readonly string[]>> }[];
};

/** What an admin page contributed by a module receives: the rest of the path and the query. */
export type AdminPageProps = { path: readonly string[]; searchParams: Readonly<Record<string, string | undefined>> };

/** What a section of the admin tenant page receives. */
export type AdminTenantSectionProps = { tenantId: string };

/** What a section of the admin user page receives. */
export type AdminUserSectionProps = { userId: string };

/**
 * Labels and titles in portal and admin contributions are message keys in the module's namespace,
 * like nav labels (lib/app/nav.ts).
 *
 * What a module adds to the platform admin panel (the admin module renders it). Components only:
 * the panel's layout has checked the platform role and the second factor before any of them
 * renders, and every server action they post to checks again (`requirePlatformAdmin`, lib/app).
 * A module contributes here instead of owning folders under app/(admin), so it needs no
 * dependency on the admin module and either can be removed alone.
 */
export type AdminContributions = {
  /** Pages at `/admin/<path>` (one segment), with their nav entry; deeper paths reach the same page as `path`. */
  pages?: readonly { path: string; title: string; order?: number; component: LazyComponent<AdminPageProps> }[];
  /** Sections of `/admin/tenants/<id>`, lowest order first. */
  tenantSections?: readonly { title: string; order?: number; component: LazyComponent<AdminTenantSectionProps> }[];
  /** Sections of `/admin/users/<id>`, lowest order first. */
  userSections?: readonly { title: string; order?: number; component: LazyComponent<AdminUserSectionProps> }[];
  /** Figures on the admin overview. */
  overview?: readonly { label: string; value: LazyComponent<Record<string, never>> }[];
};

/** The request that signs someone up, when there is one (none for an account a script makes). */
export type SignUpRequest = { headers: Headers | null };

/** What a module does when something happens to a user, member or tenant. */
export type LifecycleHooks = {
  /** In the transaction that creates a tenant (billing starts a trial here). */
  onTenantCreated?: TenantHook;
  /**
   * Before an account is created (any sign-up: password, magic link, social): a text refuses it
   * with 403 `SIGN_UP_CLOSED` and that message (the waitlist's invite-only mode); null lets it through.
   */
  beforeUserSignUp?: (user: { email: string }, signUp: SignUpRequest) => Promise<string | null>;
  /**
   * Before a session is created for an account (every sign-in method, after its credentials
   * passed): a refusal answers 403 with its code (the privacy module refuses an account whose
   * deletion is scheduled). Impersonation sessions are not asked.
   */
  beforeSignIn?: (user: { id: string }) => Promise<{ code: string; message: string } | null>;
  /** After a new account is created, in one transaction with the other modules' hooks. */
  onUserSignedUp?: (tx: Executor, user: { id: string; email: string }, signUp: SignUpRequest) => Promise<void>;
  /** In the transaction that removes a member from a tenant, or lets one leave. */
  onMemberRemoved?: MemberRemovedHook;
  /** In the transaction that deletes a tenant. */
  onTenantDeleted?: TenantDeletedHook;
  /**
   * Before the privacy purge erases a deleted tenant's rows, outside any transaction: settle what
   * lives outside the database (billing cancels the subscription at the provider). Throwing makes
   * the purge retry later, with nothing erased.
   */
  beforeTenantPurge?: (tenant: { id: string }) => Promise<void>;
  /** In the transaction that deletes a user. */
  onUserDeleted?: (tx: Executor, user: { id: string }) => Promise<void>;
};

/**
 * How a module's rows answer a data-subject request (GDPR Art. 15/17/20): the privacy module reads
 * every installed module's rules to export a person's or a tenant's rows and to erase them. Every
 * table in the schema is declared, if only as holding no personal data (`NoPersonalData`): a test
 * fails on a table nobody declared, so a new module cannot forget.
 */
export type PersonalDataRule = {
  /** The table, by its SQL name. One table may have several rules (a referral names two people). */
  table: string;
  /** Whose rows: a user's (their export, their account's deletion) or a tenant's (its export and purge). */
  subject: "user" | "tenant";
  /**
   * How the rows are found: the column holding the subject's id; a column holding the person's
   * address (compared lowercased); or text and JSON columns that may mention the id or the address
   * anywhere (outbox payloads, job payloads, logs), matched by substring.
   */
  match: { column: string } | { emailColumn: string } | { mentions: readonly string[] };
  /** The columns the export includes (default: all), or why the rows are left out (secrets, tokens, copies). */
  export?: readonly string[] | { omit: string };
  /**
   * On erasure: delete the rows, or keep them for the stated legal reason with the person taken
   * out. `set` overwrites columns: `pseudonym` with a stable pseudonym of the person (never their
   * id or address), `emailHash` with the salted hash of their address (lib/auth/email-hash.ts), null
   * with nothing (a column with a foreign key to users must be null: the user row goes). `redact`
   * replaces the id, the address and the name wherever they occur in those text or JSON columns.
   */
  erase: "delete" | { keep: string; set?: Readonly<Record<string, "pseudonym" | "emailHash" | null>>; redact?: readonly string[] };
};

/**
 * A class of data deleted once it is old enough (the core retention job enforces every installed
 * module's, daily, in small batches). `RETENTION_DAYS=audit_log=730,sessions=14` overrides the days.
 */
export type RetentionRule = {
  /** snake_case, unique: the name in RETENTION_DAYS and the docs (`audit_log`). */
  class: string;
  table: string;
  /** The timestamp column the age counts from. */
  column: string;
  /** The default age in days after which a row goes. */
  days: number;
  /** Only rows also matching this condition (SQL written in the manifest, never from input), e.g. `status = 'completed'`. */
  where?: string;
  /** One line for the docs and the admin page. */
  description: string;
};

/** A table that holds no personal data, and why (so the map is complete). */
export type NoPersonalData = { table: string; none: string };

/**
 * A step of the onboarding checklist (the onboarding module shows every installed module's). It
 * completes from what happened, never from a click: `done` reads the module's own data.
 */
export type OnboardingStep = {
  /** Unique across modules, e.g. `create-api-key`. */
  id: string;
  /** A message key in the declaring module's namespace (`onboarding.createProject`). */
  title: string;
  /** Where the step is taken. */
  href: string;
  /** `user`: each person takes it (verify your email); `tenant`: once for the team (create a project). */
  scope: "user" | "tenant";
  /** Position in the list, lowest first. @default 100 */
  order?: number;
  /** Whether it is taken: by this user for a `user` step, in this tenant for a `tenant` step. */
  done: (executor: Executor, who: { userId: string; tenantId: string }) => Promise<boolean>;
};

/**
 * A property the segments module can filter users or tenants on, declared by the module that owns
 * the data (credits declares the balance, usage a meter's use this month), so segments names no
 * other module and each field leaves with its module.
 */
export type SegmentField = {
  /** `<subject>.<name>`, e.g. `tenant.creditBalance`. */
  id: string;
  /** Whose property it is: a segment over users filters on `user.*` fields, one over tenants on `tenant.*`. */
  subject: "user" | "tenant";
  /** `list`: a set of texts (a user's roles across their tenants), matched with `includes`/`excludes`. */
  type: "number" | "text" | "date" | "list";
  /** One sentence for the admin page and the docs. */
  description: string;
  /** What the field's parameter names, for fields that take one (a meter, an event, a property key). */
  param?: string;
  /**
   * SQL for the value of the subject whose id is `subjectId` (a column of the outer query): a
   * correlated subquery or an expression. Null when unknown, which no comparison matches.
   */
  value: (subjectId: SQL, param: string) => SQL;
};

/** A demo tenant the seed made, with one person per role. */
export type DemoTenant = { id: string; name: string; slug: string; key: string; people: Record<string, { id: string; email: string; name: string }> };

/** A tenant a test made, with one person per role. */
export type FixtureTenant = { id: string; name: string; slug: string; people: Record<string, { id: string; email: string; name: string }> };

/**
 * Test and seed data a module brings (loaded lazily: production never evaluates it). The shared
 * role, isolation and seed code folds these, so it names no module.
 */
export type ModuleFixtures = {
  /** Adds the module's demo data to the seeded tenants (`npm run db:seed`, first `npm run dev`). */
  seedDemo?: (tenants: readonly DemoTenant[]) => Promise<void>;
  /**
   * Makes the rows the module's route parameters name (e.g. `{ projectId }`) in `tenant`, for the
   * role and isolation tests. `pattern` is the route being tested, for routes that need a
   * particular row (restoring needs a deleted project).
   */
  routeParams?: (tenant: FixtureTenant, pattern?: string) => Promise<Record<string, string>>;
  /** A bearer token acting for `tenant` with `scopes` (default: a read-only one), when the module authenticates API keys. */
  apiKeyFor?: (tenant: FixtureTenant, scopes?: readonly string[]) => Promise<string>;
  /** For every permission-guarded route of the module: "METHOD /pattern" → the roles allowed, written out by hand. */
  roleMatrix?: Readonly<Record<string, readonly string[]>>;
  /**
   * Routes whose allowed call answers a documented non-2xx domain status. Never 403 or 404 (the
   * role test refuses them: they look like a refusal or a missing row); give `routeParams` the rows.
   */
  allowedStatus?: Readonly<Record<string, number>>;
  /** Routes that name no tenant-owned id and resolve no tenant: pattern → why. */
  unscopedRoutes?: Readonly<Record<string, string>>;
  /** Body fields that make the module's routes accept a request (merged into one body for all). */
  validBody?: Readonly<Record<string, unknown>>;
};

/**
 * Everything a module contributes, in one plain object (like a Better Auth plugin). Hosts fold
 * over the module list (lib/modules.ts) to build every central list: nothing central is edited
 * by hand, and removing a module is removing its files and its line in the list.
 */
export type ModuleManifest = {
  /** kebab-case, also the name of its folders: `lib/<id>`, `components/<id>`, `db/schema/<id>.ts`. */
  id: string;
  /** Core modules cannot be removed. */
  core: boolean;
  /** Modules this one imports; removing one of them removes this one too. @default [] */
  dependsOn?: readonly string[];
  /** One line for `npm run module -- list` and the removal guide. */
  summary: string;

  /** Parses this module's env keys (its `keys.ts`); boot calls every module's, so a bad value stops the start. */
  env?: () => unknown;
  /** The module's drizzle tables (`import * as tables from "@/db/schema/<id>"`). */
  tables?: Record<string, unknown>;
  /** Jobs the module defines; the runner and the Trigger.dev entry run exactly these. */
  jobs?: readonly AnyJobDefinition[];
  /** Event type → jobs enqueued with `{ eventId }` for each such event; `"*"`: every published type (outgoing webhooks). */
  subscriptions?: Readonly<Record<string, readonly JobDefinition<{ eventId: string }>[]>>;
  /** Event types the module publishes, with their payload schemas (outgoing webhooks send these). */
  events?: Readonly<Record<string, EventSpec>>;

  /** Resources, actions and each role's grants. */
  permissions?: PermissionSpec;
  /** Audit actions the module records. */
  auditActions?: readonly string[];
  /** Error codes the module throws: code → kind. */
  errors?: ErrorCatalog;
  /** Id kind → prefix. */
  idPrefixes?: Readonly<Record<string, string>>;

  nav?: { portal?: readonly NavItem[]; admin?: readonly NavItem[] };
  portal?: PortalContributions;
  admin?: AdminContributions;
  /** Public pages for the sitemap, e.g. `/pricing`. */
  publicPages?: readonly string[];
  /**
   * More sitemap paths, listed when the sitemap is asked for: pages that come from content (each
   * docs page, each blog post) rather than from a fixed list. Loaded lazily, like components.
   */
  sitemapPages?: () => Promise<readonly string[]>;
  /**
   * Links in the public site's header (`/docs`, `/blog`), so they leave with the module. `label`
   * is a key under `site.nav` in the core messages (messages/<locale>.json).
   */
  siteNav?: readonly { href: string; label: string; order?: number }[];
  /**
   * Scripts every public-site page loads (`<script src defer>`, same origin: the site's CSP allows
   * 'self'), e.g. the analytics module's `/t.js`. Plain data, in lib/app/module-index.json, so the
   * public site's layout reads it without importing a manifest.
   */
  siteScripts?: readonly { src: string; data?: Readonly<Record<string, string>> }[];
  emails?: readonly EmailTemplate[];
  /**
   * Notification types the module sends with `notify()` (lib/jobs/notify.ts): the definitions
   * themselves. The preferences page lists them (lib/app/catalogs.ts); delivery needs no list.
   */
  notifications?: readonly NotificationType[];
  onboarding?: readonly OnboardingStep[];
  /** Properties segments can filter on (lib/segments reads every module's). */
  segmentFields?: readonly SegmentField[];
  /** Every table the module owns, with how its personal data is exported and erased, or why it holds none. */
  personalData?: readonly (PersonalDataRule | NoPersonalData)[];
  /** Data the module keeps only for a while (lib/jobs/retention.ts deletes it when due). */
  retention?: readonly RetentionRule[];
  /**
   * Its UI strings for a locale, from `lib/<id>/messages/<locale>.json`, so removing the module
   * removes them. The app serves them under the namespace of the module id (`useTranslations("billing")`).
   */
  messages?: (locale: Locale) => Promise<MessageTree>;

  /** Files and folders the module owns beyond `lib/<id>/`, relative to the repository root. */
  owns?: {
    /** Route folders under app/ (REST routes and pages). */
    routes?: readonly string[];
    /** Anything else: emails, tests, e2e specs, seed scenarios, benches. */
    files?: readonly string[];
  };
  /** Seed and test data: `() => import("@/seed/<id>")`. */
  fixtures?: () => Promise<ModuleFixtures>;
  /** Markdown for the removal guide: what changes for the rest of the app once it is gone. */
  removal?: string;
  /** SQL the removal migration runs after dropping the module's tables (e.g. resetting core rows it wrote). */
  removalSql?: readonly string[];
  /** Its docs page, relative to content/docs, e.g. `modules/billing.mdx`. */
  docs?: string;

  /**
   * The outside services the module talks to and which one this deployment uses, for the admin
   * system page: `local` when it runs on the embedded stand-in (the mailbox, the simulator).
   */
  providers?: readonly { kind: string; current: () => { name: string; local: boolean } }[];

  /** Ports the module implements for others (lib/manifest/ports.ts), e.g. credits' `credits`. */
  provides?: Ports;

  hooks?: LifecycleHooks & {
    /** route()'s authenticator for `auth: "apiKey"` (the api-keys module). */
    authenticateApiKey?: ApiKeyAuthenticator;
  };
};

/** Declares a manifest; typed so a misspelt field is an error. */
export function defineModule<const M extends ModuleManifest>(manifest: M): M {
  return manifest;
}
