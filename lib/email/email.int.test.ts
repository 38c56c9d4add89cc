import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { jobs } from "@/db/schema/jobs";
import { drainJobs } from "@/lib/app";
import { magicLinkEmail, verifyEmail } from "@/lib/auth/emails";
import { emailProvider, getMailboxMessage, listMailbox, sendEmail } from "@/lib/email";
import { invitationEmail, welcomeEmail } from "@/lib/tenants/emails";

function uniqueAddress() {
  return `user-${Math.random().toString(36).slice(2, 10)}@Example.com`;
}

describe("sendEmail with the local mailbox", () => {
  it("uses the mailbox when no Resend key is set", () => {
    expect(emailProvider()).toBe("mailbox");
  });

  it("enqueues email.send; draining renders the template into the mailbox", async () => {
    const to = uniqueAddress();
    const url = "https://keel.example/verify?token=t0k3n";
    await db.transaction((tx) => sendEmail(tx, { to, template: verifyEmail, props: { name: "Ada", url } }));

    const [job] = await db
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, "email.send"), sql`${jobs.payload}->>'to' = ${to}`));
    expect(job).toMatchObject({ status: "pending", payload: { to, template: "verify-email" } });

    await drainJobs();
    const messages = await listMailbox({ to });
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatchObject({
      to: to.toLowerCase(),
      from: "Keel <onboarding@keel.local>",
      subject: "Verify your email address for Keel",
      template: "verify-email",
      tags: { template: "verify-email" },
    });
    expect(message?.html).toContain(url);
    expect(message?.text).toContain(url);
  });

  it("carries extra headers to the provider, and refuses a header value that would inject another", async () => {
    const to = uniqueAddress();
    const headers = { "List-Unsubscribe": "<https://keel.example/u?token=t>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
    await sendEmail(db, { to, template: magicLinkEmail, props: { url: "https://keel.example/m" }, headers });
    await drainJobs();
    const [message] = await listMailbox({ to });
    expect(message?.headers).toEqual(headers);
    await expect(sendEmail(db, { to, template: magicLinkEmail, props: { url: "https://keel.example/m" }, headers: { "X-Bad": "a\r\nBcc: x@example.com" } })).rejects.toThrow();
    await expect(sendEmail(db, { to, template: magicLinkEmail, props: { url: "https://keel.example/m" }, headers: { "Bad Name": "x" } })).rejects.toThrow();
  });

  it("sends nothing when the transaction rolls back", async () => {
    const to = uniqueAddress();
    await expect(
      db.transaction(async (tx) => {
        await sendEmail(tx, { to, template: magicLinkEmail, props: { url: "https://keel.example/m" } });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await drainJobs();
    expect(await listMailbox({ to })).toEqual([]);
  });

  it("rejects a bad address or props at enqueue", async () => {
    await expect(sendEmail(db, { to: "not-an-email", template: magicLinkEmail, props: { url: "https://keel.example" } })).rejects.toThrow();
    // @ts-expect-error -- invitation needs inviterName, tenantName and role
    await expect(sendEmail(db, { to: uniqueAddress(), template: invitationEmail, props: { url: "https://keel.example" } })).rejects.toThrow();
  });

  it("lists newest first and scopes single reads to the recipient", async () => {
    const to = uniqueAddress();
    await sendEmail(db, { to, template: welcomeEmail, props: { name: "Ada", dashboardUrl: "https://keel.example/dashboard" } });
    await drainJobs();
    await sendEmail(db, { to, template: magicLinkEmail, props: { url: "https://keel.example/m" } });
    await drainJobs();
    const messages = await listMailbox({ to });
    expect(messages.map((message) => message.template)).toEqual(["magic-link", "welcome"]);
    const newest = messages[0];
    if (!newest) throw new Error("no message");
    expect(await getMailboxMessage(newest.id, { to })).toMatchObject({ id: newest.id });
    expect(await getMailboxMessage(newest.id, { to: "someone-else@example.com" })).toBeNull();
  });
});
