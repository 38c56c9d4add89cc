import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";
import type { EmailTemplate, PropsOf } from "./templates";

const url = "https://keel.example/action?token=abc123";
const samples: { [T in EmailTemplate]: PropsOf<T> } = {
  "verify-email": { name: "Ada", url },
  "reset-password": { name: "Ada", url },
  "magic-link": { url },
  invitation: { inviterName: "Grace", tenantName: "Acme", role: "admin", url },
  welcome: { name: "Ada", dashboardUrl: url },
  // Billing mails name the tenant in the subject; "Keel Labs" keeps the subject check below uniform.
  "payment-failed": { tenantName: "Keel Labs", stage: "day3", graceUntil: "March 8", url },
  "trial-ending": { tenantName: "Keel Labs", planName: "Pro", trialEndsAt: "March 8", url },
  "credits-low": { tenantName: "Keel Labs", balance: 42, url },
  "usage-alert": { tenantName: "Keel Labs", meter: "api_requests", threshold: 80, used: 800, limit: 1000, mode: "hard", resetsAt: "1 December 2026", url },
};

describe("email templates", () => {
  it.each(Object.entries(samples))("%s renders a subject, HTML and plain text with its link", async (template, props) => {
    const email = await renderEmail(template as EmailTemplate, props);
    expect(email.subject).toMatch(/Keel/);
    expect(email.html).toMatch(/^<!DOCTYPE html/i);
    expect(email.html).toContain('lang="en"');
    // The link appears as-is (HTML escapes & as &amp;, so the test URL has none).
    expect(email.html).toContain(url);
    expect(email.text).toContain(url);
    expect(email.text).not.toContain("<");
  });

  it("puts the tenant and role into the invitation", async () => {
    const email = await renderEmail("invitation", samples.invitation);
    expect(email.subject).toBe("Grace invited you to Acme on Keel");
    expect(email.text).toContain("as an admin");
  });

  it("rejects props that do not fit the template", async () => {
    await expect(renderEmail("verify-email", { name: "Ada" })).rejects.toThrow();
    await expect(renderEmail("magic-link", { url: "javascript:alert(1)" })).rejects.toThrow();
  });
});
