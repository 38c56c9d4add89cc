import { describe, expect, it } from "vitest";
import { emailTemplates as templates } from "@/lib/app/catalogs";
import { locales } from "@/lib/i18n/config";
import { invitationEmail } from "@/lib/tenants/emails";
import { magicLinkEmail, verifyEmail } from "@/lib/auth/emails";

const each = templates.map((t) => [t.id, t] as const);
// Billing is optional: core code names its template only through the catalog.
const paymentFailedEmail = templates.find((t) => t.id === "payment-failed");

describe("email templates", () => {
  it("each id is declared once", () => {
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(each)("%s renders a subject, HTML and plain text with its link", async (_id, template) => {
    const email = await template.render(template.example);
    expect(email.subject).toMatch(/Keel/);
    expect(email.html).toMatch(/^<!DOCTYPE html/i);
    expect(email.html).toContain('lang="en"');
    // Every example carries an https link; it appears as-is in both parts.
    const link = /https:\/\/keel\.example[^\s"<]*/.exec(email.text)?.[0];
    expect(link).toBeTruthy();
    expect(email.html).toContain(link!.replace(/&/g, "&amp;"));
    expect(email.text).not.toContain("<");
  });

  it.each(each)("%s renders in every locale, in that language, with no message key showing", async (_id, template) => {
    const [english, ...others] = await Promise.all(locales.map((locale) => template.render(template.example, locale)));
    for (const [i, email] of [english!, ...others].entries()) {
      expect(email.html).toContain(`lang="${locales[i]}"`);
      // A missing message prints its key (`emails.verify-email.body`) and an unfilled argument its
      // braces: neither may reach a reader.
      for (const part of [email.subject, email.text]) {
        expect(part).not.toMatch(/\bemails\.|\{\s*\w+\s*\}/);
      }
    }
    for (const email of others) {
      // notification's subject is the notification title, the sender's words (see emails/notification.tsx).
      if (template.id !== "notification") expect(email.subject).not.toBe(english!.subject);
      expect(email.text).not.toBe(english!.text);
    }
  });

  it.skipIf(!paymentFailedEmail)("writes German with the frame and the dates of the locale", async () => {
    const email = await paymentFailedEmail!.render({ tenantName: "Acme", stage: "final", graceUntil: "2026-03-08T12:00:00.000Z", url: "https://keel.example/b" }, "de");
    expect(email.subject).toBe("Letzter Tag, um Ihre Karte zu aktualisieren – Acme");
    expect(email.text).toContain("Bis zum 8. März funktioniert alles weiter");
    expect(email.text).toContain("Oder öffnen Sie diesen Link:");
    expect(email.text).toContain("Sie erhalten diese E-Mail wegen einer Aktion in Ihrem Keel-Konto.");
    const english = await paymentFailedEmail!.render({ tenantName: "Acme", stage: "final", graceUntil: "2026-03-08T12:00:00.000Z", url: "https://keel.example/b" });
    expect(english.text).toContain("keeps working until March 8;");
  });

  it("puts the tenant and role into the invitation", async () => {
    const props = { inviterName: "Grace", tenantName: "Acme", role: "admin", url: "https://keel.example/i" };
    const email = await invitationEmail.render(props);
    expect(email.subject).toBe("Grace invited you to Acme on Keel");
    expect(email.text).toContain("as an admin");
    const german = await invitationEmail.render(props, "de");
    expect(german.subject).toBe("Grace hat Sie zu Acme auf Keel eingeladen");
    expect(german.text).toContain("als Admin beizutreten");
    // A role with no phrase of its own shows as it is rather than as a key.
    expect((await invitationEmail.render({ ...props, role: "auditor" })).text).toContain("as auditor");
  });

  it("rejects props that do not fit the template", async () => {
    // @ts-expect-error -- url is missing
    await expect(verifyEmail.render({ name: "Ada" })).rejects.toThrow();
    await expect(magicLinkEmail.render({ url: "javascript:alert(1)" })).rejects.toThrow();
  });
});
