import type { ModuleManifest } from "@/lib/manifest/define";
import index from "./module-index.json";

/** What the public site needs to know of a module, without loading its manifest. */
export type ModuleIndexEntry = {
  id: string;
  core: boolean;
  summary: string;
  /** Whether it has UI strings in `lib/<id>/messages/<locale>.json`. */
  messages: boolean;
  /** Its links in the public site's header (docs, blog); labels are keys under `site.nav`. */
  siteNav?: { href: string; label: string; order?: number }[];
  /** Scripts every public-site page loads (the analytics tracker). */
  siteScripts?: { src: string; data?: Record<string, string> }[];
};

/**
 * The installed modules as plain data (lib/app/module-index.json), for code that must not import
 * the manifests: the next-intl request config and the landing page. A manifest reaches its portal
 * and admin components through `import()`, and Next bundles every client component reachable from
 * a layout's server code into that layout's first-load JS: through the manifests, the public site
 * shipped the portal's and admin's client code (Recharts included), about 460 kB, to every visitor.
 *
 * Generated from the manifests by `npx tsx lib/app/cli/write-removal-guide.ts` and by
 * `npm run module -- remove`; lib/app/module-index.test.ts fails when it is out of date.
 */
export const moduleIndex: readonly ModuleIndexEntry[] = index;

export function buildModuleIndex(manifests: readonly ModuleManifest[]): ModuleIndexEntry[] {
  return manifests.map((m) => ({
    id: m.id,
    core: m.core,
    summary: m.summary,
    messages: Boolean(m.messages),
    ...(m.siteNav ? { siteNav: m.siteNav.map((link) => ({ ...link })) } : {}),
    ...(m.siteScripts ? { siteScripts: m.siteScripts.map((script) => ({ src: script.src, ...(script.data ? { data: { ...script.data } } : {}) })) } : {}),
  }));
}

export function moduleIndexJson(manifests: readonly ModuleManifest[]): string {
  return `${JSON.stringify(buildModuleIndex(manifests), null, 2)}\n`;
}

/**
 * lib/app/module-messages.ts: one loader per installed module with message files, each importing
 * from its own folder. Not one template import over `lib/${id}/messages`: once every module with
 * messages is removed that pattern matches no file, and Turbopack fails the build on it.
 */
export function moduleMessagesSource(manifests: readonly ModuleManifest[]): string {
  const loaders = manifests
    .filter((m) => m.messages)
    .map((m) => `  ${JSON.stringify(m.id)}: async (locale) => (await import(\`@/lib/${m.id}/messages/\${locale}.json\`)).default as MessageTree,`);
  return [
    "// Generated from the manifests by `npx tsx lib/app/cli/write-removal-guide.ts` and `npm run module -- remove`:",
    "// each installed module's message files (lib/app/module-index.ts explains why not one pattern).",
    'import type { Locale } from "@/lib/i18n/config";',
    'import type { MessageTree } from "@/lib/i18n/messages";',
    "",
    "export const moduleMessageLoaders: Record<string, (locale: Locale) => Promise<MessageTree>> = {",
    ...loaders,
    "};",
    "",
  ].join("\n");
}

/** The public site's header links modules add, in order. */
export const siteNav: { href: string; label: string }[] = moduleIndex
  .flatMap((m) => m.siteNav ?? [])
  .sort((a, b) => (a.order ?? 100) - (b.order ?? 100))
  .map(({ href, label }) => ({ href, label }));

/** The scripts modules add to every public-site page, in module order. */
export const siteScripts: { src: string; data?: Record<string, string> }[] = moduleIndex.flatMap((m) => m.siteScripts ?? []);
