import { like } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";

// Before any import reads the environment: the throttle production runs with, on a deployment
// without Redis, where Better Auth keeps the counters in the database.
const saved = vi.hoisted(() => {
  const before = { AUTH_RATE_LIMIT: process.env.AUTH_RATE_LIMIT, REDIS_URL: process.env.REDIS_URL, UPSTASH_REDIS_REST_URL: process.env.UPSTASH_REDIS_REST_URL };
  process.env.AUTH_RATE_LIMIT = "on";
  delete process.env.REDIS_URL;
  delete process.env.UPSTASH_REDIS_REST_URL;
  return before;
});

// Test files can share a worker process: give the next file the environment it started with.
afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const { db } = await import("@/db/client");
const { rateLimits } = await import("@/db/schema/auth");
const { authPost } = await import("./client");

function signInAttempt(ip: string) {
  return authPost("/api/auth/sign-in/email", { email: "nobody@test.keel.local", password: "wrong-password-123" }, { "x-forwarded-for": ip });
}

describe("auth rate limits", () => {
  it("throttles sign-in after 3 tries in 10 s per address, counting in the database", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    const sentAt: number[] = [];
    for (let i = 0; i < 5; i++) {
      sentAt.push(Date.now());
      statuses.push((await signInAttempt(ip)).status);
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 429]);
    // The fifth is judged only while it shares the first attempt's 10 s window (a slow machine can take longer).
    if (sentAt[4]! - sentAt[0]! < 9_000) expect(statuses[4]).toBe(429);
    // Stored in the rate_limits table, so every process sees the same count.
    const rows = await db.select().from(rateLimits).where(like(rateLimits.key, `%${ip}%`));
    expect(rows.length).toBe(1);
    expect(rows[0]!.count).toBeGreaterThanOrEqual(3);
    // Another address is not affected.
    expect((await signInAttempt(`${ip}1`)).status).toBe(401);
  });
});
