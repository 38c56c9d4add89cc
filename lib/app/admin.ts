import type { ComponentType } from "react";
import type { AdminContributions, AdminPageProps, AdminTenantSectionProps, AdminUserSectionProps, ModuleManifest } from "@/lib/manifest/define";
import { modules } from "./modules";
import { messageKey } from "./nav";

/** Each module's admin contributions, their titles and labels made full message keys (lib/app/nav.ts). */
const contributions: AdminContributions[] = (modules as readonly ModuleManifest[]).flatMap((m) => {
  if (!m.admin) return [];
  const keyed = <T extends { title: string }>(items?: readonly T[]) => items?.map((item) => ({ ...item, title: messageKey(m.id, item.title) }));
  return [
    {
      ...m.admin,
      pages: keyed(m.admin.pages),
      tenantSections: keyed(m.admin.tenantSections),
      userSections: keyed(m.admin.userSections),
      overview: m.admin.overview?.map((figure) => ({ ...figure, label: messageKey(m.id, figure.label) })),
    },
  ];
});
const byOrder = (a: { order?: number }, b: { order?: number }) => (a.order ?? 100) - (b.order ?? 100);

/** Every module's admin pages, for the nav and the admin module's catch-all route. */
export const adminPages = contributions
  .flatMap((c) => c.pages ?? [])
  .sort(byOrder)
  .map(({ path, title }) => ({ path, title, href: `/admin/${path}` }));

/** The page a module contributes at `/admin/<path>`, or null. */
export async function adminPage(path: string): Promise<{ title: string; Page: ComponentType<AdminPageProps> } | null> {
  const page = contributions.flatMap((c) => c.pages ?? []).find((p) => p.path === path);
  return page ? { title: page.title, Page: await page.component() } : null;
}

type Section<P> = { title: string; Section: ComponentType<P> };

async function load<P>(sections: readonly { title: string; order?: number; component: () => Promise<ComponentType<P>> }[]): Promise<Section<P>[]> {
  return Promise.all([...sections].sort(byOrder).map(async (s) => ({ title: s.title, Section: await s.component() })));
}

/** The sections modules add to the admin tenant page. */
export function adminTenantSections(): Promise<Section<AdminTenantSectionProps>[]> {
  return load(contributions.flatMap((c) => c.tenantSections ?? []));
}

/** The sections modules add to the admin user page. */
export function adminUserSections(): Promise<Section<AdminUserSectionProps>[]> {
  return load(contributions.flatMap((c) => c.userSections ?? []));
}

/** The figures modules add to the admin overview. */
export async function adminOverviewFigures(): Promise<{ label: string; Value: ComponentType<Record<string, never>> }[]> {
  return Promise.all(contributions.flatMap((c) => c.overview ?? []).map(async (f) => ({ label: f.label, Value: await f.value() })));
}

/** Each module's outside services and which one this deployment uses (the admin system page). */
export function providerStatus(): { kind: string; name: string; local: boolean }[] {
  return (modules as readonly ModuleManifest[]).flatMap((m) => m.providers ?? []).map((p) => ({ kind: p.kind, ...p.current() }));
}
