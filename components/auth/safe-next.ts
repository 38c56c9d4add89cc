/**
 * The `?next=` target if it is a path on this site, else `fallback`. Anything else (`//evil.com`,
 * `https://…`) would turn sign-in into an open redirect.
 */
export function safeNext(value: string | string[] | undefined | null, fallback = "/dashboard"): string {
  const next = Array.isArray(value) ? value[0] : value;
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
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
