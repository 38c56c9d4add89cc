import { createHmac } from "node:crypto";
import { enrolTotp, type SeedUser } from "@/seed/factories";
import { authPost, cookieHeader } from "./client";

/**
 * RFC 6238 TOTP (HMAC-SHA-1, 30 s steps, 6 digits) computed here with node:crypto, independently
 * of Better Auth: the key is the UTF-8 bytes of the secret text, as Better Auth keys it.
 */
export function totpCode(secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac("sha1", Buffer.from(secret, "utf8")).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return binary.toString().padStart(6, "0");
}

/** A unique TOTP secret text for a test user. */
export function testTotpSecret(): string {
  return `test-totp-${crypto.randomUUID()}`;
}

/**
 * Signs in with password, then the TOTP challenge, through Better Auth's HTTP endpoints
 * (`/two-factor/verify-totp`); returns the session cookie. Enrols TOTP first when `secret` is new.
 */
export async function signInWithTotp(user: Pick<SeedUser, "id" | "email" | "password">, secret = testTotpSecret()): Promise<string> {
  await enrolTotp({ user, secret });
  const first = await authPost("/api/auth/sign-in/email", { email: user.email, password: user.password });
  const body = (await first.json()) as { twoFactorRedirect?: boolean };
  if (!first.ok || !body.twoFactorRedirect) throw new Error(`expected a two-factor challenge for ${user.email}: ${first.status} ${JSON.stringify(body)}`);
  const verified = await authPost("/api/auth/two-factor/verify-totp", { code: totpCode(secret) }, { cookie: cookieHeader(first) });
  if (!verified.ok) throw new Error(`verify-totp failed for ${user.email}: ${verified.status} ${await verified.text()}`);
  return cookieHeader(verified);
}
