import { z } from "zod";

/** `GET /t.js`: the script itself (documented as such; route() does not check a Response). */
export const trackerScriptResponse = z.string().describe("application/javascript: the tracker, at most 1,024 bytes gzipped.");

export const collectResponse = z.object({
  /** Events stored: 0 for a bot, a DNT/GPC browser or a foreign host, whose events are dropped. */
  accepted: z.number().int(),
});

const visitorsAndViews = { visitors: z.number().int(), pageviews: z.number().int() };

export const overviewResponse = z.object({
  from: z.string(),
  to: z.string(),
  visitors: z.number().int(),
  pageviews: z.number().int(),
  visits: z.number().int(),
  /** Visits of one pageview, as a fraction from 0 to 1. */
  bounceRate: z.number().min(0).max(1),
  avgDurationSeconds: z.number().int(),
  topPages: z.array(z.object({ path: z.string(), ...visitorsAndViews })),
  /** `source: null` is direct traffic (no referrer, no utm_source). */
  sources: z.array(z.object({ source: z.string().nullable(), ...visitorsAndViews })),
  campaigns: z.array(z.object({ campaign: z.string(), ...visitorsAndViews })),
  countries: z.array(z.object({ country: z.string().nullable(), visitors: z.number().int() })),
  devices: z.array(z.object({ device: z.string(), visitors: z.number().int() })),
  daily: z.array(z.object({ day: z.string(), ...visitorsAndViews })),
});

export const funnelResponse = z.object({
  from: z.string(),
  to: z.string(),
  steps: z.array(z.object({ step: z.enum(["visit", "signup", "trial", "paid"]), count: z.number().int(), conversion: z.number().nullable() })),
});
