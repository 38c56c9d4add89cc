import { afterEach, describe, expect, it, vi } from "vitest";
import type { CachedKey } from "./cache";

// The lookup is replaced: these cases are about what checkKey decides from a row, and when it
// reads one. The database path itself is covered by tests/api-keys.int.test.ts.
const lookup = vi.hoisted(() => ({ row: null as CachedKey | null, reads: 0 }));
vi.mock("./lookup", () => ({
  findKeyByHash: async () => {
    lookup.reads++;
    return lookup.row;
  },
  touchLastUsed: () => {},
}));

const { checkKey } = await import("./verify");
const { clearKeyCache } = await import("./cache");
const { generateKey } = await import("./token");

const now = 1_700_000_000_000;
const row: CachedKey = {
  keyId: "key_1",
  tenantId: "ten_1",
  environment: "live",
  scopes: [],
  createdBy: null,
  creatorRole: null,
  expiresAt: null,
  revoked: false,
  rateLimit: null,
  tenantPerMinute: 120,
  apiAccess: true,
};

afterEach(() => {
  clearKeyCache();
  lookup.reads = 0;
  lookup.row = null;
});

describe("checkKey", () => {
  it("accepts a live key of a plan with API access", async () => {
    lookup.row = row;
    expect(await checkKey(generateKey("live"), now)).toEqual({ valid: true, key: row });
  });

  it.each([
    ["unknown", null],
    ["revoked", { ...row, revoked: true }],
    ["expired", { ...row, expiresAt: now }], // expiry is inclusive: at the instant, it is over
    ["plan", { ...row, apiAccess: false }],
    // Revocation outranks expiry and plan: the strongest reason is the one reported.
    ["revoked", { ...row, revoked: true, expiresAt: now - 1, apiAccess: false }],
    ["expired", { ...row, expiresAt: now - 1, apiAccess: false }],
  ] as const)("refuses as %s", async (reason, found) => {
    lookup.row = found;
    expect(await checkKey(generateKey("live"), now)).toEqual({ valid: false, reason });
  });

  it("accepts a key until its expiry instant", async () => {
    lookup.row = { ...row, expiresAt: now + 1 };
    expect(await checkKey(generateKey("live"), now)).toMatchObject({ valid: true });
  });

  it("reads a key once, then answers from the cache, for found and unknown keys alike", async () => {
    lookup.row = row;
    const known = generateKey("live");
    await checkKey(known, now);
    await checkKey(known, now + 1);
    expect(lookup.reads).toBe(1);
    lookup.row = null;
    const unknown = generateKey("test");
    await checkKey(unknown, now);
    expect(await checkKey(unknown, now + 1)).toEqual({ valid: false, reason: "unknown" });
    expect(lookup.reads).toBe(2);
  });
});
