import { describe, expect, it } from "vitest";
import { closeRateLimitStore, rateLimitStore } from "@/lib/rate-limit";
import { env } from "@/lib/env";
import { createUser, uniqueEmail } from "@/seed/factories";
import { authPost } from "./client";
import { mailOf } from "./mailbox-links";

// Runs on whichever rate-limit store the environment selects: memory by default, Redis when
// REDIS_URL is set (CI's Postgres run), so the lockout is proven on both.
let hostCounter = 0;
/** A new client address for every request: the lockout must not depend on the address. */
function freshIp(): string {
  hostCounter += 1;
  return `10.${Math.floor(Math.random() * 200)}.${Math.floor(hostCounter / 250)}.${hostCounter % 250}`;
}

const signInFrom = (email: string, password: string) => authPost("/api/auth/sign-in/email", { email, password }, { "x-forwarded-for": freshIp() });

describe(`per-account sign-in lockout (${rateLimitStore()} store)`, () => {
  it("locks an account after the failure budget from ever-changing addresses, the right password included, with one notice", async () => {
    try {
      const user = await createUser({ email: uniqueEmail("lockout") });
      for (let i = 0; i < env.AUTH_LOCKOUT_THRESHOLD; i++) expect((await signInFrom(user.email, `wrong-password-${i}`)).status).toBe(401);

      const right = await signInFrom(user.email, user.password);
      expect(right.status).toBe(429);
      expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(((await right.json()) as { code: string }).code).toBe("ACCOUNT_LOCKED");
      for (let i = 0; i < 3; i++) expect((await signInFrom(user.email, "wrong-again-123")).status).toBe(429);
      expect(await mailOf(user.email, "account-locked")).toHaveLength(1);

      // Another account is not affected.
      const other = await createUser({ email: uniqueEmail("lockout-other") });
      expect((await signInFrom(other.email, other.password)).status).toBe(200);
    } finally {
      await closeRateLimitStore();
    }
  });

  it("answers unknown addresses the same way, and sends them nothing", async () => {
    try {
      const email = uniqueEmail("lockout-ghost");
      for (let i = 0; i < env.AUTH_LOCKOUT_THRESHOLD; i++) expect((await signInFrom(email, `wrong-password-${i}`)).status).toBe(401);
      expect((await signInFrom(email, "wrong-password-x")).status).toBe(429);
      expect(await mailOf(email, "account-locked")).toHaveLength(0);
    } finally {
      await closeRateLimitStore();
    }
  });
});
