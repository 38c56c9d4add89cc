import { describe, expect, it } from "vitest";
import { checksum, generateKey, hashKey, keyFromRequest, keyStart, parseKey } from "./token";

describe("API key format", () => {
  it("generates sk_live_/sk_test_ keys of 24 random base62 characters plus a valid checksum", () => {
    for (const environment of ["live", "test"] as const) {
      const key = generateKey(environment);
      expect(key).toMatch(new RegExp(`^sk_${environment}_[0-9A-Za-z]{30}$`));
      expect(parseKey(key)).toEqual({ environment });
      expect(key.slice(-6)).toBe(checksum(key.slice(0, -6)));
    }
  });

  it("never repeats a key", () => {
    const keys = new Set(Array.from({ length: 2000 }, () => generateKey("live")));
    expect(keys.size).toBe(2000);
  });

  it.each([
    ["empty", ""],
    ["no prefix", "abc"],
    ["wrong environment", "sk_prod_" + "a".repeat(30)],
    ["too short", "sk_live_" + "a".repeat(20)],
    ["bad characters", "sk_live_" + "-".repeat(30)],
  ])("refuses a malformed key (%s)", (_label, key) => {
    expect(parseKey(key)).toBeNull();
  });

  it("refuses any single-character change (the checksum catches typos)", () => {
    const key = generateKey("live");
    for (let i = 8; i < key.length; i++) {
      const swapped = key.slice(0, i) + (key[i] === "a" ? "b" : "a") + key.slice(i + 1);
      expect(parseKey(swapped)).toBeNull();
    }
    expect(parseKey(key.replace("sk_live_", "sk_test_"))).toBeNull();
  });

  it("hashes with hex SHA-256 and shows 12 characters", () => {
    const key = generateKey("test");
    expect(hashKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(keyStart(key)).toBe(key.slice(0, 12));
  });

  it("reads the key from X-API-Key or a Bearer sk_ token, and ignores other Bearer tokens", () => {
    const key = generateKey("live");
    expect(keyFromRequest(new Request("http://x", { headers: { "x-api-key": key } }))).toBe(key);
    expect(keyFromRequest(new Request("http://x", { headers: { authorization: `Bearer ${key}` } }))).toBe(key);
    expect(keyFromRequest(new Request("http://x", { headers: { authorization: "Bearer cron-secret-value" } }))).toBeNull();
    expect(keyFromRequest(new Request("http://x"))).toBeNull();
  });

  it("reads the header strictly: trimmed X-API-Key, one Bearer scheme, nothing around the key", () => {
    const key = generateKey("test");
    const from = (headers: Record<string, string>) => keyFromRequest(new Request("http://x", { headers }));
    expect(from({ "x-api-key": `  ${key}  ` })).toBe(key);
    expect(from({ "x-api-key": key, authorization: "Bearer sk_other" })).toBe(key);
    expect(from({ authorization: `bearer   ${key}` })).toBe(key);
    expect(from({ authorization: `Bearer ${key} trailing` })).toBeNull();
    expect(from({ authorization: `NotBearer ${key}` })).toBeNull();
    expect(from({ authorization: `Bearer${key}` })).toBeNull();
  });
});
