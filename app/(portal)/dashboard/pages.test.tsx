import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { renderIn } from "@/tests/next-intl-server";

// Server components read their messages through next-intl/server, which only Next provides.
vi.mock("next-intl/server", () => import("@/tests/next-intl-server"));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push() {}, refresh() {}, replace() {} }), usePathname: () => "/dashboard", redirect() {} }));

vi.mock("./_lib/load-dashboard", () => ({
  loadDashboard: async () => ({
    user: { id: "usr_1", name: "Ada Lovelace", email: "ada@example.com" },
    tenants: [],
    activeTenant: { id: "ten_1", name: "Acme", slug: "acme", role: "guest" },
    emailSuppressed: null,
    impersonation: null,
  }),
}));

const TeamPage = (await import("./team/page")).default;
const { generateMetadata: overviewMetadata } = await import("./page");
const { generateMetadata: settingsMetadata } = await import("./settings/page");

async function page(locale: "en" | "de", element: Promise<ReactElement>) {
  renderIn(locale);
  return visibleText(await renderInLocale(locale, await element));
}

describe("the workspace's server pages", () => {
  it("tell a guest why the team is hidden, in their language", async () => {
    expect(await page("en", TeamPage())).toContain("Your role (guest) does not include seeing who else is in Acme.");
    expect(await page("de", TeamPage())).toContain("Ihre Rolle (Gast) erlaubt nicht, zu sehen, wer sonst zu Acme gehört.");
  });

  it("title their tabs per locale", async () => {
    renderIn("de");
    expect(await overviewMetadata()).toEqual({ title: "Übersicht" });
    expect(await settingsMetadata()).toEqual({ title: "Einstellungen" });
    renderIn("en");
    expect(await overviewMetadata()).toEqual({ title: "Overview" });
  });
});
