import { desc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";

// Before any import reads the environment: Better Auth's own throttle on (as in production).
const saved = vi.hoisted(() => {
  const before = { AUTH_RATE_LIMIT: process.env.AUTH_RATE_LIMIT, TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS };
  process.env.AUTH_RATE_LIMIT = "on";
  process.env.TRUSTED_PROXY_HOPS = "1";
  return before;
});

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const { db } = await import("@/db/client");
const { sessions } = await import("@/db/schema/auth");
const { closeRateLimitStore } = await import("@/lib/rate-limit");
const { createUser, uniqueEmail } = await import("@/seed/factories");
const { authPost } = await import("./client");

const randomIp = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("Better Auth sees the client address TRUSTED_PROXY_HOPS picks", () => {
  it("counts a client-written leftmost X-Forwarded-For entry against the proxy-appended address", async () => {
    try {
      const proxySaw = randomIp();
      const statuses: number[] = [];
      const sentAt: number[] = [];
      for (let i = 0; i < 5; i++) {
        // The client writes a new leftmost entry and its own x-keel-client-ip every time; the proxy appends the real one.
        const headers = { "x-forwarded-for": `${randomIp()}, ${proxySaw}`, "x-keel-client-ip": randomIp() };
        sentAt.push(Date.now());
        statuses.push((await authPost("/api/auth/sign-in/email", { email: uniqueEmail("ip-dodger"), password: "wrong-password-123" }, headers)).status);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      // The fourth shares the first one's window only while that is under 10 s old (see below):
      // on a machine slow enough to take longer (a CI run saw 401 there), it is not judged.
      if (sentAt[3]! - sentAt[0]! < 9_000) expect(statuses[3]).toBe(429);
      // Sign-in allows 3 per 10 s (lib/auth/throttle.ts). On a busy machine a failed sign-in can take
      // seconds, and once the first attempt is 10 s old the window has room again: the fifth is only
      // judged while it still shares the first one's window (a CI run saw 401 there after 10 s).
      if (sentAt[4]! - sentAt[0]! < 9_000) expect(statuses[4]).toBe(429);
    } finally {
      await closeRateLimitStore();
    }
  });

  it("records that address on the session", async () => {
    const user = await createUser({ email: uniqueEmail("ip-session") });
    const real = randomIp();
    const res = await authPost("/api/auth/sign-in/email", { email: user.email, password: user.password }, { "x-forwarded-for": `203.0.113.9, ${real}`, "x-keel-client-ip": "192.0.2.1" });
    expect(res.status).toBe(200);
    const [session] = await db.select().from(sessions).where(eq(sessions.userId, user.id)).orderBy(desc(sessions.createdAt)).limit(1);
    expect(session?.ipAddress).toBe(real);
    await closeRateLimitStore();
  });
});
