import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { waitlistEntries } from "@/db/schema/waitlist";
import { auth } from "@/lib/app";
import { createUser, uniqueEmail } from "@/seed/factories";
import { call, callJson, signIn } from "./client";
import { mailOf } from "./mailbox-links";
import { signInWithTotp } from "./second-factor";

let admin: string;
beforeAll(async () => {
  admin = await signInWithTotp(await createUser({ platformAdmin: true }));
});
afterEach(() => {
  delete process.env.WAITLIST_MODE;
});

/** Joins from a client address of its own (the join limit is per address). */
let client = 0;
async function join(email: string, ref?: string) {
  client += 1;
  const answer = await callJson<{ position: number }>("POST", "/waitlist", { body: { email, ...(ref ? { ref } : {}) }, headers: { "x-forwarded-for": `198.51.100.${client % 250}` } });
  expect(answer.status).toBe(201);
  return answer.body.position;
}

/** The position link's token and the entry's code, from the email the join sent. */
async function linkOf(email: string) {
  const [mail] = await mailOf(email, "waitlist-verify");
  const url = new URL(/https?:\/\/\S+join\?token=[\w-]+/.exec(mail!.text)![0]);
  const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.email, email));
  return { token: url.searchParams.get("token")!, code: entry!.referralCode, id: entry!.id };
}

const position = async (token: string) => (await callJson<{ position: number; referrals: number }>("GET", `/waitlist/position?token=${token}`)).body;
/** What opening the position link does to the entry. */
const confirm = (token: string) => db.update(waitlistEntries).set({ verifiedAt: new Date() }).where(eq(waitlistEntries.tokenHash, createHash("sha256").update(token).digest("hex")));

describe("the waitlist", () => {
  it("gives a place in line, keeps it for a duplicate without a second email, and moves a referrer up 5 places per confirmed referral", async () => {
    const first = uniqueEmail("wl-first");
    const firstPlace = await join(first);
    const behind = [];
    for (let i = 0; i < 12; i++) behind.push(uniqueEmail(`wl-${i}`));
    for (const email of behind) await join(email);
    const last = behind.at(-1)!;
    const lastLink = await linkOf(last);
    const before = await position(lastLink.token);
    // At least: other test files may join the shared database's line meanwhile.
    expect(before.position).toBeGreaterThanOrEqual(firstPlace + 12);
    expect(before.referrals).toBe(0);
    const passedLink = await linkOf(behind[2]!);
    const passedBefore = (await position(passedLink.token)).position;

    // The same address again: same place, nothing sent.
    const mailsBefore = (await mailOf(last, "waitlist-verify")).length;
    expect(await join(last.toUpperCase())).toBe(before.position);
    expect((await mailOf(last, "waitlist-verify")).length).toBe(mailsBefore);

    // A referral counts once its address is confirmed.
    const friend = uniqueEmail("wl-friend");
    await join(friend, lastLink.code);
    expect((await position(lastLink.token)).referrals).toBe(0);
    await confirm((await linkOf(friend)).token);
    expect(await position(lastLink.token)).toEqual({ position: before.position - 5, referrals: 1 });
    const friend2 = uniqueEmail("wl-friend");
    await join(friend2, lastLink.code.toLowerCase());
    await confirm((await linkOf(friend2)).token);
    expect(await position(lastLink.token)).toEqual({ position: before.position - 10, referrals: 2 });
    // Whoever it passed moved down one place; the first in line still leads.
    expect((await position(passedLink.token)).position).toBe(passedBefore + 1);
    expect(before.position - 10).toBeLessThan(passedBefore + 1);
    expect((await position((await linkOf(first)).token)).position).toBe(firstPlace);
  });

  it("answers 404 for an unknown token and 422 for a bad address", async () => {
    expect((await call("GET", "/waitlist/position?token=nothing-like-a-token")).status).toBe(404);
    expect((await callJson("POST", "/waitlist", { body: { email: "not-an-address" } })).status).toBe(422);
  });

  it("invites the first confirmed people in line; WAITLIST_MODE=on lets only invited addresses sign up", async () => {
    const waiting = [uniqueEmail("wl-inv-a"), uniqueEmail("wl-inv-b")];
    for (const email of waiting) {
      await join(email);
      await confirm((await linkOf(email)).token);
    }
    const ids = await Promise.all(waiting.map(async (email) => (await linkOf(email)).id));
    const invited = await callJson<{ invited: number }>("POST", "/platform/waitlist/invite", { cookie: admin, body: { ids } });
    expect(invited.body).toEqual({ invited: 2 });
    expect((await callJson<{ invited: number }>("POST", "/platform/waitlist/invite", { cookie: admin, body: { ids } })).body).toEqual({ invited: 0 });
    const [inviteMail] = await mailOf(waiting[0]!, "waitlist-invite");
    expect(inviteMail!.text).toContain(`/sign-up?email=${encodeURIComponent(waiting[0]!)}`);
    expect((await position((await linkOf(waiting[0]!)).token)).position).toBe(0);

    // `count` takes the first confirmed people in line, skipping those who never confirmed.
    const line = (await callJson<{ waiting: { id: string; verified: boolean }[] }>("GET", "/platform/waitlist?limit=500", { cookie: admin })).body.waiting;
    const firstConfirmed = line.find((e) => e.verified)!;
    expect(line.indexOf(firstConfirmed)).toBeGreaterThan(0);
    const byCount = await callJson<{ invited: number }>("POST", "/platform/waitlist/invite", { cookie: admin, body: { count: 1 } });
    expect(byCount.body.invited).toBeLessThanOrEqual(1);
    const [first] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, firstConfirmed.id));
    expect(first?.invitedAt).not.toBeNull();
    const [skipped] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.id, line[0]!.id));
    expect(skipped?.invitedAt).toBeNull();

    process.env.WAITLIST_MODE = "on";
    const refused = await auth.api.signUpEmail({ body: { email: uniqueEmail("wl-stranger"), password: "a-long-enough-password-42", name: "Stranger" }, asResponse: true });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe("SIGN_UP_CLOSED");
    const allowed = await auth.api.signUpEmail({ body: { email: waiting[0]!, password: "a-long-enough-password-42", name: "Invited" }, asResponse: true });
    expect(allowed.status).toBe(200);
    const [entry] = await db.select().from(waitlistEntries).where(eq(waitlistEntries.email, waiting[0]!));
    expect(entry?.signedUpAt).not.toBeNull();
    delete process.env.WAITLIST_MODE;
    const open = await auth.api.signUpEmail({ body: { email: uniqueEmail("wl-open"), password: "a-long-enough-password-42", name: "Open" }, asResponse: true });
    expect(open.status).toBe(200);
  });

  it("is for platform admins only", async () => {
    expect((await call("GET", "/platform/waitlist")).status).toBe(401);
    expect((await call("GET", "/platform/waitlist", { cookie: await signIn(await createUser()) })).status).toBe(404);
    const list = await callJson<{ totals: { waiting: number } }>("GET", "/platform/waitlist", { cookie: admin });
    expect(list.status).toBe(200);
    expect(list.body.totals.waiting).toBeGreaterThan(0);
  });
});
