import { describe, expect, it, vi } from "vitest";
import { SubscriptionSection } from "@/components/billing/admin/subscription-section";
import { createSubscription } from "@/seed/billing";
import { createTeam } from "@/seed/factories";
import { renderIn } from "./next-intl-server";
import { renderInLocale } from "./render-in-locale";

// Server components read their messages through next-intl/server, which only Next provides.
vi.mock("next-intl/server", () => import("./next-intl-server"));

describe("the admin subscription section in German", () => {
  renderIn("de");

  it("names the state, interval and dates in German and keeps the raw state in an attribute", async () => {
    const { tenant } = await createTeam("german-views");
    await createSubscription({ tenant, plan: "pro", interval: "year" });
    const html = await renderInLocale("de", await SubscriptionSection({ tenantId: tenant.id }));
    expect(html).toContain(">Aktiv<");
    expect(html).toContain('data-state="active"');
    expect(html).toContain("jährlich");
    expect(html).toMatch(/\d{2}\.\d{2}\.\d{4}/);
  });
});
