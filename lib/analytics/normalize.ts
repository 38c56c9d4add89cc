/**
 * Turns what the tracker sent (a page URL, a referrer, a width) and the request's headers into
 * the dimensions the dashboard groups by. Pure functions: unit-tested without a database.
 */

/** The path only: query strings and fragments can carry emails and tokens, so they are dropped. */
export function pagePath(url: URL): string {
  const path = decodeSafely(url.pathname).replace(/\/{2,}/g, "/");
  const trimmed = path.length > 1 ? path.replace(/\/$/, "") : path;
  return trimmed.slice(0, 300) || "/";
}

function decodeSafely(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/**
 * Where the visit came from: `utm_source` when the link carried one, else the referrer's host
 * (without `www.`), else null for a direct visit. A referrer on the page's own host is an internal
 * navigation, not a source.
 */
export function sourceOf(page: URL, referrer: string | undefined): string | null {
  const utm = page.searchParams.get("utm_source") ?? page.searchParams.get("ref");
  if (utm) return utm.trim().toLowerCase().slice(0, 100) || null;
  if (!referrer) return null;
  let host: string;
  try {
    host = new URL(referrer).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host || host === page.hostname.toLowerCase()) return null;
  return host.replace(/^www\./, "").slice(0, 100);
}

/** `utm_medium` and `utm_campaign`, trimmed and capped. */
export function campaignOf(page: URL): { medium: string | null; campaign: string | null } {
  const read = (name: string) => page.searchParams.get(name)?.trim().toLowerCase().slice(0, 100) || null;
  return { medium: read("utm_medium"), campaign: read("utm_campaign") };
}

/** From the screen width when the script sent one, else from the user agent. */
export function deviceOf(width: number | undefined, userAgent: string): "mobile" | "tablet" | "desktop" {
  if (width !== undefined) return width < 576 ? "mobile" : width < 992 ? "tablet" : "desktop";
  if (/iPad|Tablet/i.test(userAgent)) return "tablet";
  return /Mobi|Android|iPhone/i.test(userAgent) ? "mobile" : "desktop";
}

/** Headers the common proxies put the visitor's GeoIP country in. */
const geoHeaders = ["x-vercel-ip-country", "cf-ipcountry", "cloudfront-viewer-country", "x-country-code"];

/**
 * The visitor's country: a proxy's GeoIP header when one is set, else the region of the browser's
 * first language (`de-AT` → AT). A guess, documented as one; no GeoIP database ships with Keel.
 */
export function countryOf(headers: Headers): string | null {
  for (const name of geoHeaders) {
    const value = headers.get(name)?.trim().toUpperCase();
    if (value && /^[A-Z]{2}$/.test(value) && value !== "XX" && value !== "T1") return value;
  }
  const first = headers.get("accept-language")?.split(",")[0]?.trim() ?? "";
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(first)?.[1];
  return region ? region.toUpperCase() : null;
}

/** Do Not Track or Global Privacy Control, as the request's headers say. */
export function optedOut(headers: Headers): boolean {
  return headers.get("dnt") === "1" || headers.get("sec-gpc") === "1";
}
