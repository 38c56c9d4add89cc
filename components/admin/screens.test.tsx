import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { renderInLocale, visibleText } from "@/tests/render-in-locale";
import { AuditTable } from "./audit-table";
import { ImpersonationCountdown } from "./impersonation-countdown";
import { NextPage, SearchForm } from "./search-form";

// The caller's own (translated) label; the form adds only its button.
const searchLabel = "Search by email or name";

const screens = {
  audit: <AuditTable rows={[{ id: "aud_1", action: "tenant.member_role_changed", actorId: null, data: {}, createdAt: new Date("2030-05-01T10:00:00.000Z") }]} show="actor" />,
  countdown: <ImpersonationCountdown endsAt={new Date(Date.now() + 30 * 60_000).toISOString()} />,
  search: <SearchForm label={searchLabel} />,
  next: <NextPage nextCursor="c1" params={{}} />,
} satisfies Record<string, ReactElement>;

describe("the admin panel's shared pieces", () => {
  it.each(locales)("render in %s with every message they ask for", async (locale) => {
    for (const [name, screen] of Object.entries(screens)) expect(visibleText(await renderInLocale(locale, screen)), name).not.toBe("");
  });

  it("word the impersonation countdown and a system actor in the reader's language", async () => {
    expect(visibleText(await renderInLocale("en", screens.countdown))).toMatch(/^(29|30) min left End impersonation$/);
    expect(visibleText(await renderInLocale("de", screens.countdown))).toMatch(/^noch (29|30) Min\. Impersonation beenden$/);
    expect(visibleText(await renderInLocale("de", screens.audit))).toContain("01.05.2030, 10:00 tenant.member_role_changed System");
  });
});
