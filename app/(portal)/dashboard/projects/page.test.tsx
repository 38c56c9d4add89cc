import { describe, expect, it, vi } from "vitest";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { renderIn } from "@/tests/next-intl-server";

// Server components read their messages through next-intl/server, which only Next provides.
vi.mock("next-intl/server", () => import("@/tests/next-intl-server"));
vi.mock("next/navigation", () => ({ useRouter: () => ({ push() {}, refresh() {}, replace() {} }), usePathname: () => "/dashboard/projects", redirect() {} }));
vi.mock("../_lib/load-dashboard", () => ({
  loadDashboard: async () => ({
    user: { id: "usr_1", name: "Ada Lovelace", email: "ada@example.com" },
    tenants: [],
    activeTenant: { id: "ten_1", name: "Acme", slug: "acme", role: "viewer" },
    emailSuppressed: null,
    impersonation: null,
  }),
}));

const { default: ProjectsPage, generateMetadata } = await import("./page");

describe("the projects page", () => {
  it("speaks the user's language, title included", async () => {
    renderIn("de");
    expect(await generateMetadata()).toEqual({ title: "Projekte" });
    const text = visibleText(await renderInLocale("de", await ProjectsPage()));
    expect(text).toContain("Projekte in Acme.");
    expect(text).toContain("Ihre Rolle (Betrachter) kann keine Projekte anlegen.");
  });
});
