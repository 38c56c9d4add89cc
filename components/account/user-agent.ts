/** A device as a session's user agent names it; the sessions list words it in the user's language. */
export type DeviceDescription = {
  /** A browser's own name, or what kind of client it is when no known browser matched. */
  client: { name: string } | { kind: "script" | "browser" };
  os: string | null;
};

/** Browser and OS from a user-agent string: enough to recognise a device, no library needed. Null when there is none. */
export function describeUserAgent(userAgent: string | null): DeviceDescription | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : null;
  const client = browser ? { name: browser } : { kind: /curl|node|undici/i.test(userAgent) ? ("script" as const) : ("browser" as const) };
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Mac OS X/.test(userAgent)
        ? "macOS"
        : /Android/.test(userAgent)
          ? "Android"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return { client, os };
}
