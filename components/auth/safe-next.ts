const base = "https://keel.invalid";

/**
 * The `?next=` target if it is a path on this site, else `fallback`. Anything else (`//evil.com`,
 * `https://…`, `/%09/evil.com`, `/\\evil.com`) would turn sign-in into an open redirect. The URL
 * parser decides, as the browser will: resolved against our origin, the target must stay on it,
 * and neither it nor its percent-decoded form may hold control characters, which browsers strip
 * (`/<tab>/evil.com` becomes `//evil.com`), or start with `//` once decoded.
 */
export function safeNext(value: string | string[] | undefined | null, fallback = "/dashboard"): string {
  const next = Array.isArray(value) ? value[0] : value;
  if (!next || !next.startsWith("/") || decoded(next).startsWith("//")) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(next) || /[\u0000-\u001f\u007f\\]/.test(decoded(next))) return fallback;
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A search-param value as one string. */
export function param(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `path` with `next` appended when it is not the default destination. */
export function withNext(path: string, next: string | undefined): string {
  if (!next || next === "/dashboard") return path;
  const separator = path.includes("?") ? "&" : "?";
  return `${path}${separator}next=${encodeURIComponent(next)}`;
}
