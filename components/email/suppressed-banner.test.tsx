import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmailSuppressedBanner } from "./suppressed-banner";

describe("EmailSuppressedBanner", () => {
  it("renders nothing while mail reaches the address", () => {
    expect(renderToStaticMarkup(<EmailSuppressedBanner email="ada@example.com" notice={null} />)).toBe("");
  });

  it("says why mail stopped and links to the email-change form", () => {
    const html = renderToStaticMarkup(<EmailSuppressedBanner email="ada@example.com" notice={{ reason: "bounce", since: "2030-05-01T10:00:00.000Z" }} />);
    expect(html).toContain('data-testid="email-suppressed-banner"');
    expect(html).toContain('role="alert"');
    expect(html).toContain("ada@example.com");
    expect(html).toContain("does not exist");
    expect(html).toContain('href="/dashboard/settings#email"');
    const complaint = renderToStaticMarkup(<EmailSuppressedBanner email="ada@example.com" notice={{ reason: "complaint", since: new Date() }} />);
    expect(complaint).toContain("marked as spam");
  });
});
