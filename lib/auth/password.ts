import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Password hashing with argon2id at OWASP's recommended floor (m=19 MiB, t=2, p=1). Better Auth's
 * default (scrypt N=16384) is below OWASP's scrypt floor, so we pass these in place of it.
 */
export const argon2Params = {
  algorithm: 2, // Algorithm.Argon2id (a const enum, which isolatedModules cannot import)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const passwordLength = { min: 8, max: 128 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Params);
}

export async function verifyPassword({ hash: encoded, password }: { hash: string; password: string }) {
  try {
    return await verify(encoded, password);
  } catch {
    return false; // a malformed or foreign hash never verifies
  }
}

// zxcvbn-ts ships the ~49,000 most common passwords from leaked-password corpora, kept up to date.
const commonPasswords = new Set(dictionary["passwords-common"]);

/** True for passwords found in public leaked-password lists, compared case-insensitively. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
