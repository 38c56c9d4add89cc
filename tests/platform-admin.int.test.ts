import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
// Before any import reads the environment: addresses listed as platform admins, unique per run.
const socialAdmins = vi.hoisted(() => {
  const before = process.env.PLATFORM_ADMIN_EMAILS;
  const emails = ["false", "undefined", "string"].map((claim) => `social-admin-${claim}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@test.keel.local`);
  process.env.PLATFORM_ADMIN_EMAILS = emails.join(",");
  return { before, emails };
});

afterAll(() => {
  if (socialAdmins.before === undefined) delete process.env.PLATFORM_ADMIN_EMAILS;
  else process.env.PLATFORM_ADMIN_EMAILS = socialAdmins.before;
});

import { GET as authGet } from "@/app/api/auth/[...all]/route";
import { db } from "@/db/client";
import { users } from "@/db/schema/auth";
import { z } from "zod";
import { auth, route } from "@/lib/app";
import { googleProfileToUser } from "@/lib/auth/config";
import { env } from "@/lib/env";
import { createUser, demoPassword, enrolTotp, uniqueEmail } from "@/seed/factories";
import { authPost, cookieHeader, signIn } from "./client";
import { linkFromMailbox } from "./mailbox-links";
import { signInWithCode, testTotpSecret, totpCode } from "./second-factor";

/**
 * A platform route of the app's own route(): core's check, whichever modules (and so whichever
 * /platform routes) are installed.
 */
const platformRoute = route({ auth: "platformAdmin", response: z.object({ ok: z.boolean() }) }, () => ({ ok: true }));

async function platformCall(cookie: string) {
  const req = new Request("http://localhost:3000/platform/anything", { method: "POST", headers: { cookie, origin: "http://localhost:3000" } });
  const res = await platformRoute(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as { ok?: boolean; error?: { code: string } } };
}

/** A session made by a magic link: Better Auth's two-factor challenge never sees it. */
async function magicLinkSession(email: string): Promise<string> {
  expect((await authPost("/api/auth/sign-in/magic-link", { email, callbackURL: "/dashboard" })).status).toBe(200);
  const link = await linkFromMailbox(email, "magic-link", /https?:\/\/\S+magic-link\/verify\S*/);
  return cookieHeader(await authGet(new Request(link)));
}

describe("platform admins need a second factor", () => {
  it("answers 404 to others, 403 second_factor_required to an admin whose session has none", async () => {
    const member = await createUser({ email: uniqueEmail("not-admin") });
    expect((await platformCall(await signIn(member))).status).toBe(404);
    const admin = await createUser({ email: uniqueEmail("admin-no-2fa"), platformAdmin: true });
    const res = await platformCall(await signIn(admin));
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe("second_factor_required");
  });

  it("refuses a magic-link session until it steps up with a TOTP code, then allows it", async () => {
    const admin = await createUser({ email: uniqueEmail("admin-magic"), platformAdmin: true });
    const secret = testTotpSecret();
    await enrolTotp({ user: admin, secret });
    const cookie = await magicLinkSession(admin.email);
    expect((await platformCall(cookie)).body.error?.code).toBe("second_factor_required");

    // Step-up: the same session verifies a code at Better Auth's endpoint.
    expect((await authPost("/api/auth/two-factor/verify-totp", { code: "000000" }, { cookie })).status).toBe(401);
    expect((await authPost("/api/auth/two-factor/verify-totp", { code: totpCode(secret) }, { cookie })).status).toBe(200);
    expect((await platformCall(cookie)).status).toBe(200);
  });

  it("locks step-up codes per account after the failure budget", async () => {
    const admin = await createUser({ email: uniqueEmail("admin-guess"), platformAdmin: true });
    const secret = testTotpSecret();
    await enrolTotp({ user: admin, secret });
    const cookie = await magicLinkSession(admin.email);
    for (let i = 0; i < env.AUTH_LOCKOUT_THRESHOLD; i++) {
      const wrong = (Number(totpCode(secret)) + 1 + i).toString().padStart(6, "0").slice(-6);
      expect((await authPost("/api/auth/two-factor/verify-totp", { code: wrong }, { cookie })).status).toBe(401);
    }
    const locked = await authPost("/api/auth/two-factor/verify-totp", { code: totpCode(secret) }, { cookie });
    expect(locked.status).toBe(429);
    expect(((await locked.json()) as { code: string }).code).toBe("ACCOUNT_LOCKED");
  });

  it("gives no admin rights to an address the provider did not verify", async () => {
    // What a social sign-up does (better-auth's link-account): createUser with the provider's claim.
    const ctx = await auth.$context;
    for (const [i, claim] of ([false, undefined, "true"] as const).entries()) {
      const email = socialAdmins.emails[i]!;
      const created = await ctx.internalAdapter.createUser(
        { email, name: "Social", emailVerified: claim as unknown as boolean },
        { method: "oauth", oauth: { providerId: "google" } } as Parameters<typeof ctx.internalAdapter.createUser>[1],
      );
      const [row] = await db.select().from(users).where(eq(users.id, created.id));
      expect(row?.emailVerified, String(claim)).toBe(false);
      expect(row?.role).toBe("admin"); // listed, yet powerless until verified
      const session = await ctx.internalAdapter.createSession(created.id);
      const cookie = `keel.session_token=${await signedToken(session.token)}`;
      expect((await platformCall(cookie)).status).toBe(404);
    }
    expect(googleProfileToUser({ email_verified: "true" }).emailVerified).toBe(false);
    expect(googleProfileToUser({}).emailVerified).toBe(false);
    expect(googleProfileToUser({ email_verified: true }).emailVerified).toBe(true);
  });

  it("seeds admin@keel.local with TOTP on SEED_ADMIN_TOTP_SECRET, whose RFC 6238 codes pass", async () => {
    const { seedDemo } = await import("@/seed/scenarios/demo");
    const logins = await seedDemo();
    expect(logins.find((l) => l.email === "admin@keel.local")).toMatchObject({ totp: "NNSWK3BNMRSW23ZNORXXI4BNONSWG4TFOQ" });
    const [admin] = await db.select().from(users).where(eq(users.email, "admin@keel.local"));
    expect(admin?.twoFactorEnabled).toBe(true);
    // node:crypto's HMAC-SHA-1 over the UTF-8 bytes of "keel-demo-totp-secret", not Better Auth's code.
    const cookie = await signInWithCode({ email: "admin@keel.local", password: demoPassword }, env.SEED_ADMIN_TOTP_SECRET);
    expect(env.SEED_ADMIN_TOTP_SECRET).toBe("keel-demo-totp-secret");
    expect((await platformCall(cookie)).status).toBe(200);
  });
});

/** Better Auth's session cookie value: the token and its HMAC-SHA-256 signature. */
async function signedToken(token: string): Promise<string> {
  const { makeSignature } = await import("better-auth/crypto");
  const ctx = await auth.$context;
  return encodeURIComponent(`${token}.${await makeSignature(token, ctx.secret)}`);
}
