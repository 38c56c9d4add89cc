import { createHash, randomBytes } from "node:crypto";
import { crc32 } from "node:zlib";

/**
 * API key format, in the style of GitHub's tokens: `sk_live_` or `sk_test_`, then 24 base62
 * characters from the CSPRNG (≈142 bits), then a 6-character base62 CRC32 of everything before
 * it. The checksum lets us (and secret scanners) refuse a mistyped or made-up key without a
 * database lookup; it is not a secret and proves nothing about validity.
 */
export type KeyEnvironment = "live" | "test";

const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const randomLength = 24;
const checksumLength = 6;
const shape = /^sk_(live|test)_([0-9A-Za-z]{24})([0-9A-Za-z]{6})$/;

/** Characters of a key shown in lists (`sk_live_AbCd`): enough to tell keys apart, not to use one. */
export const displayLength = 12;

/** `length` unbiased base62 characters: bytes ≥ 248 are dropped so `% 62` stays uniform. */
function randomBase62(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += alphabet[byte % 62];
    }
  }
  return out;
}

function base62(value: number, width: number): string {
  let out = "";
  for (let i = 0; i < width; i++) {
    out = alphabet[value % 62] + out;
    value = Math.floor(value / 62);
  }
  return out;
}

/** 62^6 ≈ 5.7e10 > 2^32, so six characters hold any CRC32. */
export function checksum(body: string): string {
  return base62(crc32(body) >>> 0, checksumLength);
}

/** A new key; the caller shows it once and stores only `hashKey(key)`. */
export function generateKey(environment: KeyEnvironment): string {
  const body = `sk_${environment}_${randomBase62(randomLength)}`;
  return body + checksum(body);
}

/**
 * The key's environment when it is well formed and its checksum matches, else null. Pure: no
 * database, no I/O, so garbage and guessed keys cost nothing downstream.
 */
export function parseKey(key: string): { environment: KeyEnvironment } | null {
  const match = shape.exec(key);
  if (!match) return null;
  const body = key.slice(0, key.length - checksumLength);
  if (checksum(body) !== match[3]) return null;
  return { environment: match[1] as KeyEnvironment };
}

/** Hex SHA-256: keys carry 142 random bits, so a slow password hash would buy nothing. */
export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function keyStart(key: string): string {
  return key.slice(0, displayLength);
}

/** The key a request carries: `Authorization: Bearer sk_…` or `X-API-Key: sk_…`. */
export function keyFromRequest(req: Request): string | null {
  const header = req.headers.get("x-api-key")?.trim();
  if (header) return header;
  const authorization = req.headers.get("authorization");
  const bearer = authorization?.match(/^Bearer\s+(sk_\S*)$/i)?.[1];
  return bearer ?? null;
}

