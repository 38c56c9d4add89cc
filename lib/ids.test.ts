import { describe, expect, it } from "vitest";
import { newId } from "./ids";

describe("ids", () => {
  it("stamps an id with the time given, so ids made later for earlier moments sort by those moments", () => {
    const times = [Date.UTC(2026, 9, 30, 12), Date.UTC(2026, 10, 2), Date.UTC(2026, 10, 2, 0, 0, 0, 1), Date.UTC(2026, 10, 28, 23, 59)];
    const ids = [...times].reverse().map((t) => newId("request", new Date(t)));
    expect([...ids].sort()).toEqual([...ids].reverse());
    // Two ids of one millisecond keep the order they were made in.
    const [first, second] = [newId("request", new Date(times[0]!)), newId("request", new Date(times[0]!))];
    expect(first < second).toBe(true);
    expect(ids.every((id) => /^req_[0-9a-hjkmnp-tv-z]{26}$/.test(id))).toBe(true);
    // Without a time, now: newer than any of the past moments above.
    expect(newId("request") > ids[0]!).toBe(true);
  });
});
