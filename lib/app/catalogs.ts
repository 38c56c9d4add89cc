import type { EmailTemplate } from "@/lib/email/define";
import type { ErrorKind } from "@/lib/errors";
import type { EventSpec } from "@/lib/jobs/events";
import type { NotificationType } from "@/lib/jobs/notify";
import type { ModuleManifest } from "@/lib/manifest/define";
import { modules } from "./modules";

// The central lists, folded from the manifests: for the docs, the tests that keep them honest,
// and later modules (outgoing webhooks publish `events`, privacy reads `personalData`).
const manifests: readonly ModuleManifest[] = modules;

type Claim<T> = T & { module: string };

/** Every error code a client can see, with the module that throws it. */
export const errorCodes: Claim<{ code: string; kind: ErrorKind }>[] = manifests.flatMap((m) =>
  Object.entries(m.errors ?? {}).map(([code, kind]) => ({ code, kind, module: m.id })),
);

/** Every id prefix, with its kind and module. */
export const idPrefixes: Claim<{ kind: string; prefix: string }>[] = manifests.flatMap((m) =>
  Object.entries(m.idPrefixes ?? {}).map(([kind, prefix]) => ({ kind, prefix, module: m.id })),
);

/** Every audited action. */
export const auditActions: Claim<{ action: string }>[] = manifests.flatMap((m) => (m.auditActions ?? []).map((action) => ({ action, module: m.id })));

/** Every email template. */
export const emailTemplates: readonly EmailTemplate<unknown>[] = manifests.flatMap((m) => (m.emails ?? []) as readonly EmailTemplate<unknown>[]);

/** Public pages for the sitemap: the core's public site (app/[locale]/(marketing)) and what modules add. */
export const publicPages: string[] = ["/", "/changelog", "/legal/terms", "/legal/privacy", "/legal/cookies", ...manifests.flatMap((m) => m.publicPages ?? [])];

/** Each module's content pages (docs pages, posts): English until translated. */
export async function contentPages(): Promise<string[]> {
  return (await Promise.all(manifests.map((m) => m.sitemapPages?.() ?? []))).flat();
}

/** The sitemap's paths: the public pages, then each module's content pages (docs pages, posts), once each. */
export async function sitemapPaths(): Promise<string[]> {
  const listed = await Promise.all(manifests.map((m) => m.sitemapPages?.() ?? []));
  return [...new Set([...publicPages, ...listed.flat()])];
}

/** Every table, by module. */
export const tablesByModule: Record<string, string[]> = Object.fromEntries(manifests.map((m) => [m.id, Object.keys(m.tables ?? {})]));

/** Every published event type with its description, payload schema and example (outgoing webhooks, docs). */
export const eventCatalog: Claim<{ type: string } & EventSpec>[] = manifests
  .flatMap((m) => Object.entries(m.events ?? {}).map(([type, spec]) => ({ type, ...spec, module: m.id })))
  .sort((a, b) => a.type.localeCompare(b.type));

export const publishedEventTypes: readonly string[] = eventCatalog.map((e) => e.type);

/** Every notification type the modules send, for the preferences page and route. */
export const notificationTypes: readonly Claim<NotificationType>[] = manifests.flatMap((m) =>
  (m.notifications ?? []).map(({ type, description, critical, email, messages }) => ({ type, description, critical, email, messages, module: m.id })),
);
