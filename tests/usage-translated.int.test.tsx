import { describe, expect, it, vi } from "vitest";
import { UsageAdminSection } from "@/components/usage/admin-section";
import { QuotaBars } from "@/components/usage/quota-bars";
import { createTeam } from "@/seed/factories";
import { renderIn } from "./next-intl-server";
import { renderInLocale } from "./render-in-locale";

// Server components read their messages through next-intl/server, which only Next provides.
vi.mock("next-intl/server", () => import("./next-intl-server"));

describe("usage views in German", () => {
  renderIn("de");

  it("the admin section", async () => {
    const { tenant } = await createTeam("german-usage");
    expect(await renderInLocale("de", await UsageAdminSection({ tenantId: tenant.id }))).toContain("Verbraucht");
  });

  it("group numbers and write the reset date the German way", async () => {
    const html = await renderInLocale(
      "de",
      <QuotaBars meters={[{ meter: "api_requests", used: 12345, limit: 50000, mode: "hard", suggestedPlan: "enterprise" }]} periodEnd="2030-05-01T00:00:00.000Z" />,
    );
    expect(html).toContain("12.345 / 50.000");
    expect(html).toContain("Sperrt am Limit");
    expect(html).toContain("1. Mai");
    expect(html).toContain("Wechseln Sie zu Enterprise");
  });
});
