import { describe, expect, it } from "vitest";
import { emailTemplates as templates } from "@/lib/app/catalogs";
import { invitationEmail } from "@/lib/tenants/emails";
import { magicLinkEmail, verifyEmail } from "@/lib/auth/emails";


describe("email templates", () => {
  it("each id is declared once", () => {
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(templates.map((t) => [t.id, t] as const))("%s renders a subject, HTML and plain text with its link", async (_id, template) => {
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

  it("puts the tenant and role into the invitation", async () => {
    const email = await invitationEmail.render({ inviterName: "Grace", tenantName: "Acme", role: "admin", url: "https://keel.example/i" });
    expect(email.subject).toBe("Grace invited you to Acme on Keel");
    expect(email.text).toContain("as an admin");
  });

  it("rejects props that do not fit the template", async () => {
    // @ts-expect-error -- url is missing
    await expect(verifyEmail.render({ name: "Ada" })).rejects.toThrow();
    await expect(magicLinkEmail.render({ url: "javascript:alert(1)" })).rejects.toThrow();
  });
});
