import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { locales } from "@/lib/i18n/config";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";

// Client components call the App Router's hooks; outside Next there is no router to mount.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push() {}, refresh() {}, replace() {} }), usePathname: () => "/dashboard/team" }));

const { NoTenant } = await import("@/components/tenants/no-tenant");
const { TenantSwitcher } = await import("@/components/tenants/tenant-switcher");
const { DeleteTenant } = await import("@/components/tenants/delete-tenant");
const { LeaveTenant } = await import("@/components/tenants/leave-tenant");
const { TransferOwnership } = await import("@/components/tenants/transfer-ownership");
const { MembersTable } = await import("@/components/tenants/members-table");
const { TeamInvitations } = await import("@/components/tenants/team-invitations");
const { InvitationsTable } = await import("@/components/tenants/invitations-table");
const { SessionsList } = await import("@/components/account/sessions-list");
const { ProfileForm } = await import("@/components/account/profile-form");
const { ChangeEmailForm } = await import("@/components/account/change-email-form");
const { ChangePasswordForm } = await import("@/components/account/change-password-form");
const { TwoFactorSettings } = await import("@/components/account/two-factor-settings");
const { UserMenu } = await import("@/components/account/user-menu");
const { LoadMore } = await import("@/components/ui/load-more");
const { SideNav } = await import("./_components/side-nav");
const { MobileNav } = await import("./_components/mobile-nav");
const DashboardError = (await import("./error")).default;

const noop = () => {};
const invitation = { id: "inv_1", email: "vic@example.com", role: "viewer", expiresAt: "2030-05-01T10:00:00.000Z" } as Parameters<typeof InvitationsTable>[0]["invitations"][number];

/** The portal's frame and workspace screens, in the states a first render shows. */
const screens = {
  noTenant: <NoTenant />,
  tenantSwitcher: <TenantSwitcher tenants={[{ id: "t", name: "Acme", role: "owner" }]} activeTenantId="t" />,
  deleteTenant: <DeleteTenant tenantId="t" tenantName="Acme" />,
  leaveAsOwner: <LeaveTenant tenantId="t" tenantName="Acme" memberId="m" isOwner />,
  leaveAsMember: <LeaveTenant tenantId="t" tenantName="Acme" memberId="m" isOwner={false} />,
  transferOwnership: <TransferOwnership tenantId="t" tenantName="Acme" currentUserId="u" />,
  members: <MembersTable tenantId="t" currentUserId="u" canChangeRoles canRemove />,
  teamInvitations: <TeamInvitations tenantId="t" canInvite canCancel />,
  invitations: <InvitationsTable invitations={[invitation]} canManage busyId={null} onResend={noop} onRevoke={noop} />,
  noInvitations: <InvitationsTable invitations={[]} canManage busyId={null} onResend={noop} onRevoke={noop} />,
  sessions: <SessionsList />,
  profile: <ProfileForm name="Ada" email="ada@example.com" />,
  changeEmail: <ChangeEmailForm email="ada@example.com" />,
  changePassword: <ChangePasswordForm />,
  twoFactorOn: <TwoFactorSettings enabled />,
  twoFactorOff: <TwoFactorSettings enabled={false} />,
  userMenu: <UserMenu name="Ada" email="ada@example.com" />,
  sideNav: <SideNav items={[{ href: "/dashboard/team", label: "tenants.nav.team" }]} />,
  mobileNav: <MobileNav items={[]} />,
  error: <DashboardError error={Object.assign(new Error("boom"), { digest: "d1g3st" })} reset={noop} />,
  loadMore: <LoadMore list={{ hasMore: true, loadMore: async () => {}, loading: false }} />,
} satisfies Record<string, ReactElement>;

describe("the portal's screens", () => {
  it.each(locales)("render in %s with every message they ask for", async (locale) => {
    for (const [name, screen] of Object.entries(screens)) {
      const text = visibleText(await renderInLocale(locale, screen));
      expect(text, name).not.toBe("");
    }
  });

  it("keep the English the browser tests select by, and speak German", async () => {
    const text = async (locale: "en" | "de", screen: ReactElement) => visibleText(await renderInLocale(locale, screen));
    expect(await text("en", screens.invitations)).toContain("vic@example.com Viewer May 1, 2030 Resend Revoke");
    expect(await text("de", screens.invitations)).toContain("vic@example.com Betrachter 01.05.2030 Erneut senden Widerrufen");
    expect(await text("en", screens.error)).toContain("Reference: d1g3st");
    expect(await text("de", screens.leaveAsOwner)).toContain("Sie sind Inhaber dieses Mandanten");
    expect(await text("de", screens.teamInvitations)).toContain("Admin Mitglied Betrachter Gast");
  });
});
