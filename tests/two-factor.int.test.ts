import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { symmetricEncrypt } from "better-auth/crypto";
import { sessions, twoFactors, users } from "@/db/schema/auth";
import { newId } from "@/lib/ids";
import { createUser, uniqueEmail } from "@/seed/factories";
import { authPost, cookieHeader, signIn } from "./client";
import { keyFromTotpUri, testTotpSecret, totpCode } from "./second-factor";

const post = (path: string, body: unknown, cookie?: string) => authPost(`/api/auth${path}`, body, cookie ? { cookie } : {});

async function secondFactorAtOf(cookie: string) {
  const token = decodeURIComponent(/keel\.session_token=([^;]+)/.exec(cookie)?.[1] ?? "").split(".")[0]!;
  const [row] = await db.select({ at: sessions.secondFactorAt }).from(sessions).where(eq(sessions.token, token));
  return row?.at ?? null;
}

/** Signs in with password, turns TOTP on through the settings' endpoints; returns the key and codes. */
async function enrolThroughApi() {
  const user = await createUser({ email: uniqueEmail("totp") });
  const cookie = await signIn(user);
  const enable = await post("/two-factor/enable", { password: user.password }, cookie);
  expect(enable.status).toBe(200);
  const { totpURI, backupCodes } = (await enable.json()) as { totpURI: string; backupCodes: string[] };
  expect(totpURI).toMatch(/^otpauth:\/\/totp\/Keel:.+secret=[A-Z2-7]+/);
  expect(backupCodes).toHaveLength(10);
  return { user, cookie, key: keyFromTotpUri(totpURI), backupCodes };
}

describe("two-factor (TOTP)", () => {
  it("enrols only once a code confirms it, and marks the session that confirmed it", async () => {
    const { user, cookie, key } = await enrolThroughApi();
    // Not on until confirmed: a password sign-in still gets a session at once.
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]!.twoFactorEnabled).toBe(false);
    expect((await post("/two-factor/verify-totp", { code: "000000" }, cookie)).status).toBe(401);
    const confirmed = await post("/two-factor/verify-totp", { code: totpCode(key) }, cookie);
    expect(confirmed.status).toBe(200);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]!.twoFactorEnabled).toBe(true);
    expect(await secondFactorAtOf(cookieHeader(confirmed))).toBeInstanceOf(Date);
  });

  it("holds a password sign-in back until /two-factor/verify-totp, then marks the new session", async () => {
    const { user, cookie, key } = await enrolThroughApi();
    await post("/two-factor/verify-totp", { code: totpCode(key) }, cookie);

    const first = await post("/sign-in/email", { email: user.email, password: user.password });
    expect(await first.json()).toMatchObject({ twoFactorRedirect: true, twoFactorMethods: ["totp"] });
    expect(cookieHeader(first)).not.toMatch(/session_token=[^;]/); // only the challenge cookie
    const challenge = cookieHeader(first);
    expect((await post("/two-factor/verify-totp", { code: "123456" }, challenge)).status).toBe(401);
    const verified = await post("/two-factor/verify-totp", { code: totpCode(key) }, challenge);
    expect(verified.status).toBe(200);
    expect(await secondFactorAtOf(cookieHeader(verified))).toBeInstanceOf(Date);
  });

  it("accepts each backup code once, in place of a code", async () => {
    const { user, cookie, key, backupCodes } = await enrolThroughApi();
    await post("/two-factor/verify-totp", { code: totpCode(key) }, cookie);
    const backup = backupCodes[0]!;
    for (const expected of [200, 401]) {
      const first = await post("/sign-in/email", { email: user.email, password: user.password });
      const res = await post("/two-factor/verify-backup-code", { code: backup }, cookieHeader(first));
      expect(res.status).toBe(expected);
      if (expected === 200) expect(await secondFactorAtOf(cookieHeader(res))).toBeInstanceOf(Date);
    }
  });

  it("turning it off clears the second-factor mark of every session of the account", async () => {
    const { user, cookie, key } = await enrolThroughApi();
    const confirmed = await post("/two-factor/verify-totp", { code: totpCode(key) }, cookie);
    const disabled = await post("/two-factor/disable", { password: user.password }, cookieHeader(confirmed));
    expect(disabled.status).toBe(200);
    const marked = await db.select({ at: sessions.secondFactorAt }).from(sessions).where(eq(sessions.userId, user.id));
    expect(marked.every((s) => s.at === null)).toBe(true);
  });

  it("answers bad input with a 4xx, never a 500", async () => {
    const { cookie } = await enrolThroughApi();
    for (const body of [{}, { code: 123456 }, { code: "x".repeat(10_000) }, { code: null }, "not json"]) {
      const res = await post("/two-factor/verify-totp", body, cookie);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    expect((await post("/two-factor/verify-totp", { code: "123456" })).status).toBe(401); // no session, no challenge
  });

  it("answers 409 in the envelope, not a 500, when the stored secret was encrypted under a key the server no longer has", async () => {
    // What a BETTER_AUTH_SECRET changed without BETTER_AUTH_SECRETS keeping the old one leaves behind.
    const user = await createUser({ email: uniqueEmail("rotated") });
    const oldKey = "the-secret-before-rotation-0123456789abcdef";
    await db.insert(twoFactors).values({
      id: newId("twoFactor"),
      userId: user.id,
      secret: await symmetricEncrypt({ key: oldKey, data: testTotpSecret() }),
      backupCodes: await symmetricEncrypt({ key: oldKey, data: JSON.stringify(["aaaaa-bbbbb"]) }),
      verified: true,
    });
    await db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, user.id));
    for (const [path, code] of [["/two-factor/verify-totp", "123456"], ["/two-factor/verify-backup-code", "aaaaa-bbbbb"]] as const) {
      const challenge = await post("/sign-in/email", { email: user.email, password: user.password });
      expect(((await challenge.json()) as { twoFactorRedirect?: boolean }).twoFactorRedirect).toBe(true);
      const res = await post(path, { code }, cookieHeader(challenge));
      expect(res.status, path).toBe(409);
      const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
      expect(body.error.code).toBe("second_factor_unreadable");
      expect(body.error.requestId).toMatch(/^req_/);
      expect(res.headers.get("set-cookie") ?? "", "no session").not.toMatch(/keel\.session_token=[^;]/);
    }
  });
});
