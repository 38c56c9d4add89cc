import type { ComponentType, ReactNode } from "react";
import type { AccountSlotProps, ModuleManifest, PortalContributions, PortalSlotProps } from "@/lib/manifest/define";
import { access, type AppPermission } from "./access";
import { modules } from "./modules";
import { messageKey } from "./nav";

/** Each module's portal contributions, their labels made full message keys (lib/app/nav.ts). */
const contributions: PortalContributions[] = (modules as readonly ModuleManifest[]).flatMap((m) =>
  m.portal
    ? [
        {
          ...m.portal,
          overview: m.portal.overview?.map((figure) => ({ ...figure, label: messageKey(m.id, figure.label) })),
          quickLinks: m.portal.quickLinks?.map((link) => ({ ...link, label: messageKey(m.id, link.label) })),
        },
      ]
    : [],
);

/** The components modules put in one portal slot, loaded on first use. */
export async function portalSlot(slot: "header" | "banner"): Promise<ComponentType<PortalSlotProps>[]> {
  return Promise.all(contributions.flatMap((c) => (c[slot] ? [c[slot]()] : [])));
}

/** The components modules put beside the account menu or above every page (shown with or without a tenant). */
export async function accountSlots(slot: "accountHeader" | "accountBanner" = "accountHeader"): Promise<ComponentType<AccountSlotProps>[]> {
  return Promise.all(contributions.flatMap((c) => (c[slot] ? [c[slot]()] : [])));
}

/** The providers modules wrap the portal in, outermost first. */
export async function accountProviders(): Promise<ComponentType<AccountSlotProps & { children: ReactNode }>[]> {
  return Promise.all(contributions.flatMap((c) => (c.accountProvider ? [c.accountProvider()] : [])));
}

/** The overview's figures: each module's label and its value component. */
export async function overviewFigures(): Promise<{ label: string; Value: ComponentType<PortalSlotProps> }[]> {
  return Promise.all(contributions.flatMap((c) => c.overview ?? []).map(async (figure) => ({ label: figure.label, Value: await figure.value() })));
}

/** The cards modules put on the overview page (the onboarding checklist). */
export async function overviewCards(): Promise<ComponentType<PortalSlotProps & { userId: string }>[]> {
  return Promise.all(contributions.flatMap((c) => (c.overviewCard ? [c.overviewCard()] : [])));
}

/** The overview's quick links that `role` may follow. */
export function quickLinks(role: string): { href: string; label: string }[] {
  return contributions
    .flatMap((c) => c.quickLinks ?? [])
    .filter((link) => !link.permission || access.can(role, link.permission as AppPermission))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100))
    .map(({ href, label }) => ({ href, label }));
}
