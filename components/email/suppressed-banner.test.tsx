import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { appFormats } from "@/lib/i18n/formats";
import { coreMessages } from "@/lib/i18n/messages";
import { EmailSuppressedBanner } from "./suppressed-banner";

const messages = { en: await coreMessages("en"), de: await coreMessages("de") };
const render = (node: ReactNode, locale: keyof typeof messages = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} formats={appFormats} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );

describe("EmailSuppressedBanner", () => {
  it("renders nothing while mail reaches the address", () => {
    expect(render(<EmailSuppressedBanner email="ada@example.com" notice={null} />)).toBe("");
  });

  it("says why mail stopped, since when, and links to the email-change form", () => {
    const html = render(<EmailSuppressedBanner email="ada@example.com" notice={{ reason: "bounce", since: "2030-05-01T10:00:00.000Z" }} />);
    expect(html).toContain('data-testid="email-suppressed-banner"');
    expect(html).toContain('role="alert"');
    expect(html).toContain("ada@example.com");
    expect(html).toContain("does not exist");
    expect(html).toContain("Since May 1, 2030");
    expect(html).toContain('href="/dashboard/settings#email"');
    const complaint = render(<EmailSuppressedBanner email="ada@example.com" notice={{ reason: "complaint", since: new Date() }} />);
    expect(complaint).toContain("marked as spam");
  });

  it("speaks the user's language, dates included", () => {
    const html = render(<EmailSuppressedBanner email="ada@example.com" notice={{ reason: "bounce", since: "2030-05-01T10:00:00.000Z" }} />, "de");
    expect(html).toContain("Wir senden keine E-Mails mehr an ada@example.com");
    expect(html).toContain("Seit dem 01.05.2030");
  });
});
