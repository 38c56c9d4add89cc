import { describe, expect, it } from "vitest";
import { drainJobs } from "@/lib/app";
import { verifyEmail } from "@/lib/auth/emails";
import { db } from "@/db/client";
import { listMailbox, sendEmail, type MailboxMessage } from "@/lib/email";
import { createTeam, createUser, uniqueEmail } from "@/seed/factories";
import { authPost, callJson, signIn } from "./client";

/** Saves a language the way the settings page does. */
async function saveLocale(user: { email: string; password: string }, locale: "en" | "de" | null): Promise<string> {
  const cookie = await signIn(user);
  expect((await callJson("PATCH", "/me", { cookie, body: { locale } })).status).toBe(200);
  return cookie;
}

async function newestMail(to: string, template: string): Promise<MailboxMessage> {
  await drainJobs();
  const message = (await listMailbox({ to })).find((m) => m.template === template);
  expect(message, `a ${template} message to ${to}`).toBeDefined();
  return message!;
}

describe("emails in the recipient's language", () => {
  it("sends the password reset in German to a user who saved German, and in English to one who saved nothing", async () => {
    const german = await createUser();
    await saveLocale(german, "de");
    const unset = await createUser();

    for (const user of [german, unset]) {
      const response = await authPost("/api/auth/request-password-reset", { email: user.email, redirectTo: "/reset-password" });
      expect(response.status).toBe(200);
    }

    const de = await newestMail(german.email, "reset-password");
    expect(de.subject).toBe("Setzen Sie Ihr Keel-Passwort zurück");
    expect(de.html).toContain('lang="de"');
    expect(de.text).toContain("Neues Passwort festlegen");
    expect(de.text).toContain("Oder öffnen Sie diesen Link:");

    const en = await newestMail(unset.email, "reset-password");
    expect(en.subject).toBe("Reset your Keel password");
    expect(en.html).toContain('lang="en"');
  });

  it("finds the saved language whatever the case of the address, and an explicit locale wins", async () => {
    const user = await createUser();
    await saveLocale(user, "de");
    const props = { name: "Dora", url: "https://keel.example/verify?token=t" };

    await db.transaction((tx) => sendEmail(tx, { to: user.email.toUpperCase(), template: verifyEmail, props }));
    expect((await newestMail(user.email, "verify-email")).subject).toBe("Bestätigen Sie Ihre E-Mail-Adresse für Keel");

    const other = await createUser();
    await saveLocale(other, "de");
    await sendEmail(db, { to: other.email, template: verifyEmail, props, locale: "en" });
    expect((await newestMail(other.email, "verify-email")).subject).toBe("Verify your email address for Keel");

    const nobody = uniqueEmail("no-account");
    await sendEmail(db, { to: nobody, template: verifyEmail, props });
    expect((await newestMail(nobody, "verify-email")).subject).toBe("Verify your email address for Keel");
  });

  it("writes an invitation to an address with no account in the inviter's language, and to an account in its own", async () => {
    const { tenant, people } = await createTeam("invite-locale", { plan: "pro", state: "active" });
    const cookie = await saveLocale(people.owner, "de");
    const english = await createUser();
    await saveLocale(english, "en");

    const stranger = uniqueEmail("stranger");
    for (const email of [stranger, english.email]) {
      const invited = await callJson("POST", `/tenants/${tenant.id}/invitations`, { cookie, body: { email, role: "member" } });
      expect(invited.status).toBe(201);
    }

    const toStranger = await newestMail(stranger, "invitation");
    expect(toStranger.subject).toMatch(/ hat Sie zu .+ auf Keel eingeladen$/);
    expect(toStranger.text).toContain("als Mitglied beizutreten");
    expect((await newestMail(english.email, "invitation")).subject).toMatch(/ invited you to .+ on Keel$/);
  });
});
