import { describe, expect, it } from "vitest";
import { generator } from "./random";
import { apportion, trafficEvents, trafficHours, trafficRequests, type TrafficProfile } from "./usage-traffic";

const hour = 3_600_000;
const now = Date.UTC(2026, 10, 18, 15, 20);
const periodStart = Date.UTC(2026, 10, 1);
const profile: TrafficProfile = { utcOffsetHours: -5, growthPerDay: 0.01, monthlyShare: 0.7, currentPeriodShare: 0.82, requestLogRows: 500 };
const hoursOf = (seed = 1) => trafficHours(profile, { now, days: 30, limit: 1_000_000, periodStart, random: generator(seed) });

describe("demo usage traffic", () => {
  it("apportions a total exactly, in proportion", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([3, 4, 3]);
    expect(apportion(1_000_001, [0.3, 2.5, 1, 0.01]).reduce((a, b) => a + b, 0)).toBe(1_000_001);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });

  it("is the same traffic for the same seed and now, and other traffic for another seed", () => {
    expect(hoursOf(1)).toEqual(hoursOf(1));
    expect(hoursOf(2)).not.toEqual(hoursOf(1));
  });

  it("covers 30 days up to now, puts the current period at its share exactly, and the staging key only in working hours", () => {
    const hours = hoursOf();
    expect(hours[0]!.start).toBe(Math.floor(now / hour) * hour - 30 * 24 * hour);
    expect(hours.at(-1)!.end).toBe(now);
    expect(hours.filter((h) => h.start >= periodStart).reduce((s, h) => s + h.live, 0)).toBe(820_000);
    const local = (h: { start: number }) => new Date(h.start - 5 * hour);
    expect(hours.filter((h) => h.test > 0).every((h) => ![0, 6].includes(local(h).getUTCDay()) && local(h).getUTCHours() >= 9 && local(h).getUTCHours() < 18)).toBe(true);
  });

  it("is busier by day than by night and on weekdays than at weekends", () => {
    const hours = hoursOf();
    const mean = (pick: (d: Date) => boolean) => {
      const chosen = hours.filter((h) => h.end - h.start === hour && pick(new Date(h.start - 5 * hour)));
      return chosen.reduce((s, h) => s + h.live, 0) / chosen.length;
    };
    expect(mean((d) => d.getUTCHours() === 14)).toBeGreaterThan(3 * mean((d) => d.getUTCHours() === 3));
    expect(mean((d) => ![0, 6].includes(d.getUTCDay()))).toBeGreaterThan(2 * mean((d) => [0, 6].includes(d.getUTCDay())));
  });

  it("splits each hour's calls into events that add up to it, inside the hour", () => {
    const hours = hoursOf();
    const events = trafficEvents(hours, generator(3));
    expect(events.filter((e) => e.environment === "live").reduce((s, e) => s + e.quantity, 0)).toBe(hours.reduce((s, h) => s + h.live, 0));
    expect(events.every((e) => e.quantity > 0 && e.timestamp.getTime() >= hours[0]!.start && e.timestamp.getTime() < now)).toBe(true);
  });

  it("draws request-log rows oldest first, mostly 200s with fast refusals", () => {
    const rows = trafficRequests(hoursOf(), 2_000, generator(4));
    expect(rows).toHaveLength(2_000);
    expect(rows.map((r) => r.at.getTime())).toEqual(rows.map((r) => r.at.getTime()).sort((a, b) => a - b));
    expect(rows.filter((r) => r.status === 200).length).toBeGreaterThan(1_800);
    expect(rows.filter((r) => r.status === 429).every((r) => r.latencyMs < 20)).toBe(true);
  });
});
