import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { apiKeys } from "@/db/schema/api-keys";
import { expiryRemindersJob, sendExpiryReminders } from "@/lib/api-keys";
import { drainJobs } from "@/lib/app";
import { jobs } from "@/lib/app/jobs";
import { listMailbox } from "@/lib/email";
import { createTeam } from "@/seed/factories";
import { callJson, signIn } from "./client";

const day = 86_400_000;

let team: Awaited<ReturnType<typeof createTeam>>;
let owner: string;

async function createKey(name: string, expiresAt: Date) {
  const res = await callJson<{ id: string; key: string }>("POST", `/tenants/${team.tenant.id}/api-keys`, { cookie: owner, body: { name, environment: "test", scopes: [], expiresAt: expiresAt.toISOString() } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** This team's reminder mails to `email`, oldest first. */
async function reminders(email: string) {
  await drainJobs(); // mail goes out through the job queue, after the commit
  return (await listMailbox({ to: email, limit: 200 })).filter((m) => m.subject.includes(team.tenant.name)).reverse();
}

beforeAll(async () => {
  team = await createTeam("expiring");
  owner = await signIn(team.people.owner);
});

describe("API key expiry reminders", () => {
  it("is a daily cron job of the catalog", () => {
    expect(jobs.jobs.get("api-keys.expiry-reminders")).toBe(expiryRemindersJob);
    expect(expiryRemindersJob.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it("emails owners and admins once per key 7 days before it expires; never members, never twice", async () => {
    // Times far from now: keys of other files (one database on Postgres) are not in this window.
    const now = new Date(Date.now() + 365 * day);
    const soon = await createKey("soon", new Date(now.getTime() + 3 * day));
    await createKey("later", new Date(now.getTime() + 10 * day));
    const revoked = await createKey("revoked", new Date(now.getTime() + 2 * day));
    expect((await callJson("DELETE", `/tenants/${team.tenant.id}/api-keys/${revoked.id}`, { cookie: owner })).status).toBe(204);

    // Two runs at once (two schedulers, a retry) and a rerun: one mail per key and person.
    await Promise.all([sendExpiryReminders(now), sendExpiryReminders(now)]);
    await sendExpiryReminders(new Date(now.getTime() + 60_000));
    for (const person of [team.people.owner, team.people.admin]) {
      const mails = await reminders(person.email);
      expect(mails.map((m) => m.subject)).toEqual([`Your Keel API key “soon” for ${team.tenant.name} expires soon`]);
      expect(mails[0]!.text).toContain("/dashboard/api-keys");
      expect(mails[0]!.text).toContain(soon.key.slice(0, 12));
      expect(mails[0]!.text).not.toContain(soon.key);
    }
    for (const person of [team.people.member, team.people.viewer, team.people.guest]) expect(await reminders(person.email)).toEqual([]);
    const [row] = await db.select({ expiresAt: apiKeys.expiresAt, remindedFor: apiKeys.expiryRemindedFor }).from(apiKeys).where(eq(apiKeys.id, soon.id));
    expect(row!.remindedFor).toEqual(row!.expiresAt);

    // Rotating keeps the expiry, so no second mail; four days on, "later" is within the week.
    expect((await callJson("POST", `/tenants/${team.tenant.id}/api-keys/${soon.id}/rotate`, { cookie: owner, body: { overlapSeconds: 0 } })).status).toBe(200);
    await sendExpiryReminders(new Date(now.getTime() + 4 * day));
    const subjects = (await reminders(team.people.owner.email)).map((m) => m.subject);
    expect(subjects).toEqual([`Your Keel API key “soon” for ${team.tenant.name} expires soon`, `Your Keel API key “later” for ${team.tenant.name} expires soon`]);
    expect(await reminders(team.people.member.email)).toEqual([]);
  });
});
