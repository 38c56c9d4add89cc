import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { logger } from "@/lib/observability";
import { RateLimitUnavailableError } from "./errors";
import { createRateLimiter } from "./limiter";

// Failures without Redis: a refused local port fails at once, a server that never answers hangs.
const unreachable = { store: "upstash", url: "http://127.0.0.1:1", token: "test" } as const;
const rule = { limit: 5, windowSeconds: 60 };

let silent: Server;
let silentUrl = "";
beforeAll(async () => {
  silent = createServer(() => {}); // accepts and never answers
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});
afterAll(() => {
  silent.closeAllConnections();
  silent.close();
});
afterEach(() => vi.restoreAllMocks());

describe("rate limiter failure handling", () => {
  it("fails open by default: allows with the full limit left, and warns at most once a minute", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    const clock = vi.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
    const limiter = createRateLimiter(unreachable);
    expect(await limiter.limit("k", rule)).toEqual({ success: true, limit: 5, remaining: 5, reset: 1_700_000_000_000 });
    expect(await limiter.peek("k", rule)).toMatchObject({ success: true, remaining: 5 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("allowing requests"), expect.objectContaining({ store: "upstash", error: expect.any(String) }));
    clock.mockReturnValue(1_700_000_059_999);
    await limiter.limit("k", rule);
    expect(warn).toHaveBeenCalledTimes(1);
    clock.mockReturnValue(1_700_000_060_000);
    await limiter.limit("k", rule);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it("fails closed when asked: limit and peek throw RateLimitUnavailableError with the store's error as cause", async () => {
    const limiter = createRateLimiter({ ...unreachable, failureMode: "closed" });
    const error = await limiter.limit("k", rule).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(Error);
    await expect(limiter.peek("k", rule)).rejects.toBeInstanceOf(RateLimitUnavailableError);
  });

  it("treats a store slower than timeoutMs as down", async () => {
    const limiter = createRateLimiter({ store: "upstash", url: silentUrl, token: "test", failureMode: "closed", timeoutMs: 100 });
    const started = Date.now();
    const error = await limiter.limit("k", rule).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitUnavailableError);
    expect(String((error as Error).cause)).toContain("did not answer within 100 ms");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("waits one second for a slow store by default", async () => {
    const limiter = createRateLimiter({ store: "upstash", url: silentUrl, token: "test", failureMode: "closed" });
    const started = Date.now();
    await expect(limiter.limit("k", rule)).rejects.toBeInstanceOf(RateLimitUnavailableError);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(3_000);
  });
});

describe("rate limiter rules", () => {
  it("refuses fractional or non-positive limits and windows, whatever the failure mode", async () => {
    for (const failureMode of ["open", "closed"] as const) {
      const limiter = createRateLimiter({ store: "memory", failureMode });
      for (const bad of [
        { limit: 2.5, windowSeconds: 60 },
        { limit: 0, windowSeconds: 60 },
        { limit: 5, windowSeconds: 1.5 },
        { limit: 5, windowSeconds: 0 },
      ]) {
        await expect(limiter.limit("k", bad)).rejects.toThrow(TypeError);
        await expect(limiter.peek("k", bad)).rejects.toThrow(TypeError);
      }
      await expect(limiter.limit("k", { limit: 2.5, windowSeconds: 60 })).rejects.toThrow(/positive integer limit/);
      await expect(limiter.limit("k", { limit: 5, windowSeconds: 1.5 })).rejects.toThrow(/positive integer windowSeconds/);
      expect((await limiter.limit("k", { limit: 1, windowSeconds: 1 })).success).toBe(true);
    }
  });
});

describe("memory store housekeeping", () => {
  const start = 1_700_000_040_000; // a multiple of 60 000: windows align

  it("keeps the previous window's count through a sweep, so it still weighs on decisions", async () => {
    let now = start;
    const limiter = createRateLimiter({ store: "memory", now: () => now });
    const perMinute = { limit: 10, windowSeconds: 60 };
    for (let i = 0; i < 10; i++) await limiter.limit("swept", perMinute);
    // 61 s later a sweep runs; almost all of the previous minute still counts: one more is allowed.
    now = start + 61_000;
    expect((await limiter.limit("swept", perMinute)).success).toBe(true);
    expect((await limiter.limit("swept", perMinute)).success).toBe(false);
  });

  it("forgets every count on close", async () => {
    const limiter = createRateLimiter({ store: "memory" });
    const once = { limit: 1, windowSeconds: 60 };
    await limiter.limit("closed", once);
    expect((await limiter.limit("closed", once)).success).toBe(false);
    await limiter.close();
    expect((await limiter.limit("closed", once)).success).toBe(true);
  });
});
