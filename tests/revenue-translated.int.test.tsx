import { describe, expect, it, vi } from "vitest";
import { RevenuePage } from "@/components/revenue/revenue-page";
import { renderIn } from "./next-intl-server";
import { renderInLocale } from "./render-in-locale";

// Server components read their messages through next-intl/server, which only Next provides.
vi.mock("next-intl/server", () => import("./next-intl-server"));

describe("the revenue page in German", () => {
  renderIn("de");

  it("renders its figures, months and customers", async () => {
    const html = await renderInLocale("de", await RevenuePage());
    expect(html).toContain("Kundenabwanderung");
    expect(html).toMatch(/\d+ aktiv · \d+ überfällig/);
    expect(html).toContain("Monatlich wiederkehrender Umsatz");
  });
});
