import { describe, expect, it } from "vitest";
import { rateLimitHeaders } from "./headers";

const now = 1_700_000_000_000;

describe("rateLimitHeaders", () => {
  it("describes an allowed request without Retry-After", () => {
    expect(rateLimitHeaders({ success: true, limit: 10, remaining: 7, reset: now + 42_300 }, now)).toEqual({
      "RateLimit-Limit": "10",
      "RateLimit-Remaining": "7",
      "RateLimit-Reset": "43",
    });
  });

  it("adds Retry-After to a refusal", () => {
    expect(rateLimitHeaders({ success: false, limit: 10, remaining: 0, reset: now + 5_000 }, now)).toEqual({
      "RateLimit-Limit": "10",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": "5",
      "Retry-After": "5",
    });
  });

  it("never reports a negative reset", () => {
    const headers = rateLimitHeaders({ success: true, limit: 10, remaining: 10, reset: now - 1_000 }, now);
    expect(headers["RateLimit-Reset"]).toBe("0");
  });
});
