import { describe, expect, it } from "vitest";
import { calendarMonth, currentPeriod, plusMonths } from "./period";

const at = (iso: string) => new Date(iso);
const span = (start: string, end: string) => ({ start: at(start), end: at(end) });
const free = { state: "free" as const, interval: null, periodStart: null, periodEnd: null };

describe("currentPeriod: what quotas count in and reset with", () => {
  it("is the calendar month (UTC) without a paid period", () => {
    expect(currentPeriod(free, at("2026-11-29T16:00:00Z"))).toEqual(span("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"));
    expect(calendarMonth(at("2026-12-31T23:59:59.999Z"))).toEqual(span("2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z"));
  });

  it("is the paid period while it runs, starting at the billing moment, not at midnight", () => {
    const plan = { state: "active" as const, interval: "month" as const, periodStart: at("2026-11-14T09:30:00Z"), periodEnd: at("2026-12-14T09:30:00Z") };
    expect(currentPeriod(plan, at("2026-11-14T09:30:00Z"))).toEqual(span("2026-11-14T09:30:00Z", "2026-12-14T09:30:00Z"));
    expect(currentPeriod(plan, at("2026-12-14T09:29:59.999Z"))).toEqual(span("2026-11-14T09:30:00Z", "2026-12-14T09:30:00Z"));
  });

  it("splits a yearly plan's period into months from its billing day, the last one ending with the year", () => {
    const plan = { state: "active" as const, interval: "year" as const, periodStart: at("2026-01-31T12:00:00Z"), periodEnd: at("2027-01-31T12:00:00Z") };
    expect(currentPeriod(plan, at("2026-02-10T00:00:00Z"))).toEqual(span("2026-01-31T12:00:00Z", "2026-02-28T12:00:00Z"));
    expect(currentPeriod(plan, at("2026-03-01T00:00:00Z"))).toEqual(span("2026-02-28T12:00:00Z", "2026-03-31T12:00:00Z"));
    expect(currentPeriod(plan, at("2027-01-15T00:00:00Z"))).toEqual(span("2026-12-31T12:00:00Z", "2027-01-31T12:00:00Z"));
  });

  it("goes on with the cycle past the paid end while the tenant still pays (a late renewal, dunning)", () => {
    const plan = { state: "past_due" as const, interval: "month" as const, periodStart: at("2026-10-14T09:30:00Z"), periodEnd: at("2026-11-14T09:30:00Z") };
    expect(currentPeriod(plan, at("2026-11-14T09:30:00Z"))).toEqual(span("2026-11-14T09:30:00Z", "2026-12-14T09:30:00Z"));
    expect(currentPeriod(plan, at("2027-01-20T00:00:00Z"))).toEqual(span("2027-01-14T09:30:00Z", "2027-02-14T09:30:00Z"));
  });

  it("after a paid period ends for good, is the rest of that calendar month, then calendar months", () => {
    const plan = { state: "canceled" as const, interval: "month" as const, periodStart: at("2026-10-14T09:30:00Z"), periodEnd: at("2026-11-14T09:30:00Z") };
    expect(currentPeriod(plan, at("2026-11-20T00:00:00Z"))).toEqual(span("2026-11-14T09:30:00Z", "2026-12-01T00:00:00Z"));
    expect(currentPeriod(plan, at("2026-12-02T00:00:00Z"))).toEqual(span("2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z"));
  });

  it("before a paid period starts (a late event), is the calendar month", () => {
    const plan = { state: "active" as const, interval: "month" as const, periodStart: at("2026-11-14T09:30:00Z"), periodEnd: at("2026-12-14T09:30:00Z") };
    expect(currentPeriod(plan, at("2026-11-10T00:00:00Z"))).toEqual(span("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z"));
  });

  it("follows on: each period starts where the one before ended, every six hours for two years", () => {
    const plans = [
      { state: "active" as const, interval: "year" as const, periodStart: at("2026-01-31T12:00:00Z"), periodEnd: at("2027-01-31T12:00:00Z") },
      { state: "past_due" as const, interval: "month" as const, periodStart: at("2026-01-31T12:00:00Z"), periodEnd: at("2026-02-28T12:00:00Z") },
      { state: "canceled" as const, interval: "month" as const, periodStart: at("2026-01-31T12:00:00Z"), periodEnd: at("2026-02-28T12:00:00Z") },
    ];
    for (const plan of plans) {
      let previous = currentPeriod(plan, at("2026-02-01T00:00:00Z"));
      for (let t = at("2026-02-01T00:00:00Z").getTime(); t < at("2028-02-01T00:00:00Z").getTime(); t += 6 * 3_600_000) {
        const period = currentPeriod(plan, new Date(t));
        expect(period.start.getTime()).toBeLessThanOrEqual(t);
        expect(period.end.getTime()).toBeGreaterThan(t);
        if (period.start.getTime() !== previous.start.getTime()) expect(period.start).toEqual(previous.end);
        previous = period;
      }
    }
  });

  it("adds months as billing dates do: the day clamped to the month's last", () => {
    expect(plusMonths(at("2026-01-31T12:00:00Z"), 1)).toEqual(at("2026-02-28T12:00:00Z"));
    expect(plusMonths(at("2026-01-31T12:00:00Z"), 2)).toEqual(at("2026-03-31T12:00:00Z"));
    expect(plusMonths(at("2027-11-30T00:00:00Z"), 3)).toEqual(at("2028-02-29T00:00:00Z"));
  });
});
