/**
 * The shape of the demo tenants' API traffic (pure: no database), for seed/usage.ts. Each tenant
 * gets an hourly curve over the last 30 days: busy in its own working day, quiet at night, lower on
 * weekends, growing a little from day to day, with some noise. The curve is turned into usage
 * events (each one API client's report of the calls it made in a couple of minutes) and a sample
 * of the request log. A fixed generator makes every seed the same traffic for the same "now".
 */

const hour = 3_600_000;

/** A standard normal draw (Box-Muller) from `random`. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export type TrafficProfile = {
  /** The customer's working day is in this UTC offset (their users' local time). */
  utcOffsetHours: number;
  /** Daily growth of the traffic, e.g. 0.01 for 1% a day. */
  growthPerDay: number;
  /**
   * Live calls over the last 30 days, as a share of the quota's monthly limit. With
   * `currentPeriodShare`, the share for the hours before the current period only.
   */
  monthlyShare: number;
  /** When set, the live calls of the current period add up to this share of the limit exactly. */
  currentPeriodShare?: number;
  /** Request-log rows to write (a sample: one row per call would be millions). */
  requestLogRows: number;
};

/** One hour of traffic: `live` and `test` calls, and how busy the hour is (0-1, for errors and latency). */
export type TrafficHour = { start: number; end: number; live: number; test: number; load: number };

/** How busy a local hour of the day is: a peak mid-afternoon, a floor at night. */
function diurnal(localHour: number): number {
  return 0.12 + Math.exp(-((localHour - 14) ** 2) / (2 * 3.5 ** 2));
}

/**
 * Splits `total` into integer parts proportional to `weights` that add up to `total` exactly
 * (rounding the running sum, so no part drifts by more than one).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  let running = 0;
  let given = 0;
  return weights.map((w) => {
    running += w;
    const upTo = Math.round((running / sum) * total);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}

/**
 * The hourly live and test calls of the last `days` days up to `now`. `limit` is the quota's
 * monthly limit, `periodStart` where the current quota period began (see `currentPeriodShare`).
 */
export function trafficHours(profile: TrafficProfile, input: { now: number; days: number; limit: number; periodStart: number; random: () => number }): TrafficHour[] {
  const { now, days, limit, periodStart, random } = input;
  const first = Math.floor(now / hour) * hour - days * 24 * hour;
  const dailyNoise = Array.from({ length: days + 2 }, () => Math.exp(0.12 * normal(random)));
  const shape: { start: number; end: number; weight: number; load: number; working: boolean }[] = [];
  let peak = 0;
  for (let start = first; start < now; start += hour) {
    const end = Math.min(start + hour, now);
    const local = new Date(start + profile.utcOffsetHours * hour);
    const dayIndex = Math.floor((start - first) / (24 * hour));
    const weekend = [0, 6].includes(local.getUTCDay());
    const base = diurnal(local.getUTCHours()) * (weekend ? 0.35 : 1) * (1 + profile.growthPerDay) ** dayIndex;
    peak = Math.max(peak, base);
    const weight = base * (dailyNoise[dayIndex] ?? 1) * Math.exp(0.1 * normal(random)) * ((end - start) / hour);
    shape.push({ start, end, weight, load: base, working: !weekend && local.getUTCHours() >= 9 && local.getUTCHours() < 18 });
  }
  const total = shape.reduce((sum, h) => sum + h.weight, 0);
  const before = shape.filter((h) => h.start < periodStart);
  const current = shape.filter((h) => h.start >= periodStart);
  // Periods start at UTC midnight, so every hour falls wholly before or inside the current one.
  const live =
    profile.currentPeriodShare === undefined
      ? apportion(Math.round(profile.monthlyShare * limit), shape.map((h) => h.weight))
      : [
          ...apportion(Math.round((profile.monthlyShare * limit * before.reduce((s, h) => s + h.weight, 0)) / total), before.map((h) => h.weight)),
          ...apportion(Math.round(profile.currentPeriodShare * limit), current.map((h) => h.weight)),
        ];
  // The staging key: a trickle in working hours on weekdays, about 3% of live traffic.
  const testTotal = Math.round(0.03 * live.reduce((a, b) => a + b, 0));
  const test = apportion(testTotal, shape.map((h) => (h.working ? h.weight : 0)));
  return shape.map((h, i) => ({ start: h.start, end: h.end, live: live[i] ?? 0, test: test[i] ?? 0, load: h.load / peak }));
}

/** A metered call, as a usage event reports it: `quantity` calls of one key, at one moment. */
export type TrafficEvent = { environment: "live" | "test"; quantity: number; timestamp: Date };

/**
 * Each hour's calls as events: an API client reports what it did every couple of minutes, so a
 * busy hour has up to `maxPerHour` events per key and a quiet one a few.
 */
export function trafficEvents(hours: readonly TrafficHour[], random: () => number, maxPerHour = 34): TrafficEvent[] {
  const events: TrafficEvent[] = [];
  for (const h of hours) {
    for (const environment of ["live", "test"] as const) {
      const calls = h[environment];
      if (calls <= 0) continue;
      const wanted = environment === "live" ? Math.round(maxPerHour * h.load) : 1 + Math.floor(random() * 3);
      const count = Math.max(1, Math.min(calls, wanted));
      const quantities = apportion(calls, Array.from({ length: count }, () => 0.6 + random() * 0.8));
      const span = h.end - h.start;
      quantities.forEach((quantity, j) => {
        if (quantity <= 0) return;
        events.push({ environment, quantity, timestamp: new Date(h.start + Math.floor(((j + random()) / count) * span)) });
      });
    }
  }
  return events;
}

/** A request-log row before it has a tenant, key or id. */
export type TrafficRequest = { environment: "live" | "test"; status: number; latencyMs: number; at: Date };

/**
 * `rows` calls drawn from the hours in proportion to their traffic: mostly 200s; 422s for bad
 * bodies; 429s from the per-key rate limit, more of them at the busiest hours; now and then a
 * 402 (credits ran out) or a 500. Latencies are log-normal around 40 ms and slower under load;
 * refusals answer fast, failures slowly. Oldest first.
 */
export function trafficRequests(hours: readonly TrafficHour[], rows: number, random: () => number): TrafficRequest[] {
  const cumulative: number[] = [];
  let sum = 0;
  for (const h of hours) cumulative.push((sum += h.live + h.test));
  if (sum === 0) return [];
  const out: TrafficRequest[] = [];
  for (let i = 0; i < rows; i++) {
    const target = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    const h = hours[lo];
    if (!h) continue;
    const environment = random() * (h.live + h.test) < h.test ? "test" : "live";
    const at = new Date(h.start + Math.floor(random() * (h.end - h.start)));
    const roll = random();
    const limited = 0.004 + 0.04 * h.load ** 3;
    const status = roll < limited ? 429 : roll < limited + 0.015 ? 422 : environment === "live" && roll < limited + 0.018 ? 402 : roll > 0.999 ? 500 : 200;
    const latencyMs =
      status === 200 ? Math.max(3, Math.round(40 * (1 + 0.5 * h.load) * Math.exp(0.55 * normal(random))))
      : status === 500 ? 300 + Math.floor(random() * 2_200)
      : status === 402 ? 20 + Math.floor(random() * 40)
      : 2 + Math.floor(random() * 12);
    out.push({ environment, status, latencyMs, at });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}
