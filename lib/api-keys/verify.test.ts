import { beforeEach, describe, expect, it, vi } from "vitest";

// Any touch of the database or the rate limiter counts (and fails the call): a malformed key or a
// wrong checksum must be refused before either is reached.
const touched = vi.hoisted(() => ({ db: 0, rateLimit: 0 }));
vi.mock("@/db/client", () => ({
  db: new Proxy(
    {},
    {
      get() {
        touched.db++;
        throw new Error("the database was touched");
      },
    },
  ),
}));
vi.mock("@/lib/rate-limit", () => ({
  rateLimit: () => {
    touched.rateLimit++;
    throw new Error("the rate limiter was touched");
  },
  rateLimitHeaders: () => ({}),
  RateLimitUnavailableError: class extends Error {},
}));

const { authenticateApiKey, checkKey } = await import("./verify");
const { generateKey } = await import("./token");

function withKey(key: string, header: "authorization" | "x-api-key" = "authorization") {
  return new Request("http://localhost/projects", { headers: { [header]: header === "authorization" ? `Bearer ${key}` : key } });
}

describe("authenticateApiKey before the database", () => {
  beforeEach(() => {
    touched.db = 0;
    touched.rateLimit = 0;
  });

  it("refuses a key with a wrong checksum without any query", async () => {
    const key = generateKey("live");
    const tampered = key.slice(0, -1) + (key.endsWith("A") ? "B" : "A");
    await expect(authenticateApiKey(withKey(tampered))).rejects.toMatchObject({ kind: "unauthenticated", code: "unauthorized" });
    expect(await checkKey(tampered)).toEqual({ valid: false, reason: "malformed" });
    expect(touched).toEqual({ db: 0, rateLimit: 0 });
  });

  it.each(["sk_live_short", "not-a-key", "sk_live_" + "!".repeat(30), "sk_test_"])("refuses a malformed key %j without any query", async (key) => {
    await expect(authenticateApiKey(withKey(key, "x-api-key"))).rejects.toMatchObject({ kind: "unauthenticated" });
    expect(touched).toEqual({ db: 0, rateLimit: 0 });
  });

  it("answers null (not an error) when the request carries no key", async () => {
    expect(await authenticateApiKey(new Request("http://localhost/projects"))).toBeNull();
    expect(touched).toEqual({ db: 0, rateLimit: 0 });
  });
});
