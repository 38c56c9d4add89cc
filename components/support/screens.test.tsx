import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { TicketDetails } from "./ticket-details";
import { TicketForm } from "./ticket-form";
import { TicketStatus } from "./ticket-status";
import { TicketThread } from "./ticket-thread";

const at = "2030-05-01T10:00:00.000Z";
const ticket = { id: "tkt_1", requestId: "req_1", url: "/dashboard", userAgent: "Mozilla/5.0", createdAt: at };

const screens = {
  pending: <TicketStatus status="pending" />,
  pendingForStaff: <TicketStatus status="pending" audience="staff" />,
  details: <TicketDetails ticket={ticket} screenshotUrl="/support/tickets/tkt_1/screenshot" />,
  thread: <TicketThread report={{ body: "It broke.", createdAt: at }} messages={[{ id: "m1", authorRole: "staff", body: "Fixed.", createdAt: at }]} />,
  form: <TicketForm url="/dashboard" onCreated={() => {}} onCancel={() => {}} />,
} satisfies Record<string, ReactElement>;

describe("the support screens", () => {
  it.each(locales)("render in %s with every message they ask for", async (locale) => {
    for (const [name, screen] of Object.entries(screens)) expect(visibleText(await renderInLocale(locale, screen)), name).not.toBe("");
  });

  it("word a pending ticket for its reader, in their language", async () => {
    expect(visibleText(await renderInLocale("en", screens.pending))).toBe("waiting on you");
    expect(visibleText(await renderInLocale("en", screens.pendingForStaff))).toBe("pending");
    expect(visibleText(await renderInLocale("de", screens.pending))).toBe("wartet auf Sie");
    expect(visibleText(await renderInLocale("de", screens.thread))).toContain("Sie · 01.05.2030, 10:00");
  });
});
