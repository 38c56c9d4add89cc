import { afterEach, describe, expect, it } from "vitest";
import { cachedKey, cacheKey, clearKeyCache, forgetKey, ttlMs, type CachedKey } from "./cache";

const key: CachedKey = {
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
const t0 = 1_700_000_000_000;

afterEach(() => clearKeyCache());

describe("the verified-key cache", () => {
  it("knows nothing of a hash it never saw", () => {
    expect(cachedKey("h", t0)).toBeUndefined();
  });

  it("trusts a verified key for exactly ten seconds, then reads again", () => {
    expect(ttlMs).toBe(10_000);
    cacheKey("h", key, t0);
    expect(cachedKey("h", t0 + ttlMs - 1)).toEqual(key);
    expect(cachedKey("h", t0 + ttlMs)).toBeUndefined();
    // A stale entry is dropped, not revived by an earlier clock.
    expect(cachedKey("h", t0)).toBeUndefined();
  });

  it("remembers an unknown hash for two seconds only, so a new key is found soon", () => {
    cacheKey("h", null, t0);
    expect(cachedKey("h", t0 + 1_999)).toBeNull();
    expect(cachedKey("h", t0 + 2_000)).toBeUndefined();
  });

  it("forgets one key on revocation, and everything when cleared", () => {
    cacheKey("a", key, t0);
    cacheKey("b", key, t0);
    forgetKey("a");
    expect(cachedKey("a", t0)).toBeUndefined();
    expect(cachedKey("b", t0)).toEqual(key);
    clearKeyCache();
    expect(cachedKey("b", t0)).toBeUndefined();
  });

  it("holds at most 10,000 entries, dropping the oldest first", () => {
    for (let i = 0; i < 10_000; i++) cacheKey(`h${i}`, key, t0);
    expect(cachedKey("h0", t0)).toEqual(key);
    cacheKey("newest", key, t0);
    expect(cachedKey("h0", t0)).toBeUndefined();
    expect(cachedKey("h1", t0)).toEqual(key);
    expect(cachedKey("newest", t0)).toEqual(key);
  });
});
