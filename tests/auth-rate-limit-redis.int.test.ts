import { like } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";

// With a shared store configured, login throttling moves there (lib/auth/throttle.ts).
const saved = vi.hoisted(() => {
  const before = process.env.AUTH_RATE_LIMIT;
  process.env.AUTH_RATE_LIMIT = "on";
  return before;
});

afterAll(() => {
  if (saved === undefined) delete process.env.AUTH_RATE_LIMIT;
  else process.env.AUTH_RATE_LIMIT = saved;
});

const { db } = await import("@/db/client");
const { rateLimits } = await import("@/db/schema/auth");
const { authPost } = await import("./client");
const { closeRateLimitStore } = await import("@/lib/rate-limit");

function signInAttempt(ip: string) {
  return authPost("/api/auth/sign-in/email", { email: "nobody@test.keel.local", password: "wrong-password-123" }, { "x-forwarded-for": ip });
}

describe.skipIf(!process.env.REDIS_URL)("auth rate limits on Redis", () => {
  it("throttles sign-in on the shared store, with Retry-After, and writes nothing to the database table", async () => {
    try {
      const ip = `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const responses = [];
      const sentAt: number[] = [];
      for (let i = 0; i < 5; i++) {
        sentAt.push(Date.now());
        responses.push(await signInAttempt(ip));
      }
      expect(responses.slice(0, 4).map((r) => r.status)).toEqual([401, 401, 401, 429]);
      // 3 per 10 s: the fifth is judged only while it shares the first attempt's window (a slow machine can take longer).
      if (sentAt[4]! - sentAt[0]! < 9_000) expect(responses[4]!.status).toBe(429);
      expect(Number(responses[3]!.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await db.select().from(rateLimits).where(like(rateLimits.key, `%${ip}%`))).toEqual([]);
    } finally {
      await closeRateLimitStore();
    }
  });
});
