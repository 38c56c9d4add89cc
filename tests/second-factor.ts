import { createHmac } from "node:crypto";
import { enrolTotp, type SeedUser } from "@/seed/factories";
import { authPost, cookieHeader } from "./client";

/**
 * RFC 6238 TOTP (HMAC-SHA-1, 30 s steps, 6 digits) computed here with node:crypto, independently
 * of Better Auth: the key is the UTF-8 bytes of the secret text, as Better Auth keys it.
 */
export function totpCode(secret: string | Buffer, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac("sha1", typeof secret === "string" ? Buffer.from(secret, "utf8") : secret).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return binary.toString().padStart(6, "0");
}

/** The key bytes of an `otpauth://` URI's base32 `secret` (what an authenticator app reads). */
export function keyFromTotpUri(uri: string): Buffer {
  const secret = new URL(uri).searchParams.get("secret") ?? "";
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of secret.replace(/=+$/, "").toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
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
  return signInWithCode(user, secret);
}

/** Password, then a code from `secret`, for an account whose TOTP is already on. */
export async function signInWithCode(user: Pick<SeedUser, "email" | "password">, secret: string): Promise<string> {
  const first = await authPost("/api/auth/sign-in/email", { email: user.email, password: user.password });
  const body = (await first.json()) as { twoFactorRedirect?: boolean };
  if (!first.ok || !body.twoFactorRedirect) throw new Error(`expected a two-factor challenge for ${user.email}: ${first.status} ${JSON.stringify(body)}`);
  const verified = await authPost("/api/auth/two-factor/verify-totp", { code: totpCode(secret) }, { cookie: cookieHeader(first) });
  if (!verified.ok) throw new Error(`verify-totp failed for ${user.email}: ${verified.status} ${await verified.text()}`);
  return cookieHeader(verified);
}
