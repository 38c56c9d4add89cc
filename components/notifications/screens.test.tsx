import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import type { NotificationResponse } from "@/lib/notifications/responses";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { NotificationItem } from "./notification-item";
import { PreferencesForm } from "./preferences-form";

const unread = { id: "ntf_1", type: "tenants.role_changed", title: "Your role changed", body: "You are now an admin.", link: null, readAt: null, createdAt: "2030-05-01T10:00:00.000Z" } as NotificationResponse;

const screens = {
  item: <NotificationItem notification={unread} onOpen={() => {}} />,
  preferences: <PreferencesForm />,
} satisfies Record<string, ReactElement>;

describe("the notifications screens", () => {
  it.each(locales)("render in %s with every message they ask for", async (locale) => {
    for (const [name, screen] of Object.entries(screens)) expect(visibleText(await renderInLocale(locale, screen)), name).not.toBe("");
  });

  it("mark an unread one and date it in the reader's language", async () => {
    expect(visibleText(await renderInLocale("en", screens.item))).toBe("Your role changed (unread) You are now an admin. May 1, 2030, 10:00 AM");
    expect(visibleText(await renderInLocale("de", screens.item))).toBe("Your role changed (ungelesen) You are now an admin. 01.05.2030, 10:00");
  });
});
