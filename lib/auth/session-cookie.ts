/** Better Auth's session cookie with Keel's prefix (lib/auth/server.ts), plain and over https. */
export const sessionCookieNames = ["keel.session_token", "__Secure-keel.session_token"] as const;

/** The session token a request's cookies carry (the part before the signature), or undefined. */
export function sessionTokenOf(cookies: { get(name: string): { value: string } | undefined }): string | undefined {
  const value = sessionCookieNames.map((name) => cookies.get(name)?.value).find(Boolean);
  return value ? decodeURIComponent(value).split(".")[0] || undefined : undefined;
}
