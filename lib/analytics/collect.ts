import { isbot } from "isbot";
import { z } from "zod";
import { db } from "@/db/client";
import { analyticsEvents } from "@/db/schema/analytics";
import { appUrl } from "@/lib/auth/config";
import { coreError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { rateLimit, rateLimitHeaders } from "@/lib/rate-limit";
import { analyticsKeys } from "./keys";
import { campaignOf, countryOf, deviceOf, optedOut, pagePath, sourceOf } from "./normalize";
import { visitorHash } from "./visitor";

/** One event as `/t.js` sends it; the short names keep the script and the beacons small. */
const trackedEvent = z.object({
  /** `pageview`, or a custom event's name. */
  n: z.string().trim().min(1).max(64),
  /** The page's full URL. */
  u: z.url({ protocol: /^https?$/ }).max(2_000),
  /** document.referrer. */
  r: z.string().max(2_000).optional(),
  /** The viewport's width in CSS pixels. */
  w: z.number().int().min(0).max(20_000).optional(),
  /** A custom event's properties. */
  p: z
    .record(z.string().min(1).max(64), z.union([z.string().max(256), z.number().finite(), z.boolean()]))
    .refine((props) => Object.keys(props).length <= 10, "At most 10 properties.")
    .optional(),
});

/** One event or a batch of up to 25 (the script batches SPA pageviews and custom events). */
export const collectInput = z.union([trackedEvent, z.array(trackedEvent).min(1).max(25)]);
export type CollectInput = z.infer<typeof collectInput>;

/** Per address: a person browsing never comes near it; a script replaying beacons does. */
const collectLimit = { limit: 120, windowSeconds: 60 };

/**
 * Stores what the tracker sent, unless the request should not count: a bot (by `isbot`'s
 * maintained list, or no user agent at all), a browser asking not to be tracked (DNT or GPC), or
 * a page on a host this deployment does not serve. Those are accepted and dropped, so the
 * script behaves the same whatever happens to its data. Returns how many events were stored.
 */
export async function collect(req: Request, input: CollectInput, now = new Date()): Promise<{ accepted: number }> {
  const userAgent = req.headers.get("user-agent") ?? "";
  if (!userAgent || isbot(userAgent) || optedOut(req.headers)) return { accepted: 0 };
  const ip = clientIp(req);
  const limited = await rateLimit(`analytics:${ip ?? "unknown"}`, collectLimit);
  if (!limited.success) throw coreError("rate_limited", "Too many analytics events from this address.", { headers: rateLimitHeaders(limited) });

  const day = now.toISOString().slice(0, 10);
  const hosts = allowedHosts();
  const rows = [];
  for (const event of Array.isArray(input) ? input : [input]) {
    const page = new URL(event.u);
    if (!hosts.has(page.host.toLowerCase())) continue;
    const { medium, campaign } = campaignOf(page);
    rows.push({
      day,
      occurredAt: now,
      visitor: await visitorHash({ day, site: page.host.toLowerCase(), ip, userAgent }),
      name: event.n,
      path: pagePath(page),
      source: sourceOf(page, event.r),
      utmMedium: medium,
      utmCampaign: campaign,
      country: countryOf(req.headers),
      device: deviceOf(event.w, userAgent),
      screenWidth: event.w ?? null,
      props: event.n === "pageview" ? {} : (event.p ?? {}),
    });
  }
  if (rows.length > 0) await db.insert(analyticsEvents).values(rows);
  return { accepted: rows.length };
}

/** The app's own host, plus ANALYTICS_HOSTS (a marketing site on another domain). */
function allowedHosts(): Set<string> {
  const extra = analyticsKeys().ANALYTICS_HOSTS?.split(",").map((host) => host.trim().toLowerCase()) ?? [];
  return new Set([new URL(appUrl).host.toLowerCase(), ...extra.filter(Boolean)]);
}
