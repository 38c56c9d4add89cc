import { randomBytes } from "node:crypto";

/**
 * Prefixed, sortable ids in the style of Stripe's: `org_01jd3k...`.
 *
 * The body is a ULID (48-bit millisecond time + 80 random bits, Crockford base32, lower case), so
 * ids sort by creation time in indexes and in cursors, and the prefix tells a reader what an id
 * names. Within one millisecond, ids from one process stay ordered (monotonic random part).
 */
/** Core's kinds of id; a module declares its own with `defineIdPrefixes` in its manifest. */
export const coreIdPrefixes = {
  user: "usr",
  session: "ses",
  account: "acc",
  verification: "vrf",
  tenant: "org",
  member: "mem",
  invitation: "inv",
  job: "job",
  event: "evt",
  email: "msg",
  audit: "aud",
  request: "req",
  rateLimit: "rl",
  twoFactor: "tfa",
  passkey: "pkey",
} as const;

export type IdKind = keyof typeof coreIdPrefixes;

const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
let lastTime = -1;
let lastRandom = new Uint8Array(10);

function encodeTime(time: number): string {
  let out = "";
  for (let i = 0; i < 10; i++) {
    out = alphabet[time % 32] + out;
    time = Math.floor(time / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  // 80 bits → 16 base32 characters, 5 bits at a time.
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

function nextRandom(time: number): Uint8Array {
  if (time !== lastTime) {
    lastTime = time;
    lastRandom = new Uint8Array(randomBytes(10));
    return lastRandom;
  }
  // Same millisecond: increment so the order of creation is kept.
  const next = new Uint8Array(lastRandom);
  for (let i = next.length - 1; i >= 0; i--) {
    if (next[i] === 255) {
      next[i] = 0;
      continue;
    }
    next[i] = (next[i] ?? 0) + 1;
    break;
  }
  lastRandom = next;
  return next;
}

const prefixPattern = /^[a-z]{2,5}$/;

/** A new id with `prefix`, e.g. `makeId("proj")` → `proj_01jd3kq8n4...`, stamped `time` (default now). */
function makeId(prefix: string, time = Date.now()): string {
  return `${prefix}_${encodeTime(time)}${encodeRandom(nextRandom(time))}`;
}

/**
 * Declares a module's id prefixes and returns `newId`/`isId` typed to them:
 * `const ids = defineIdPrefixes({ project: "proj" })`, then `ids.newId("project")`. List
 * `ids.prefixes` in the manifest; a test checks no two modules claim one prefix.
 */
export function defineIdPrefixes<const P extends Record<string, string>>(prefixes: P) {
  for (const [kind, prefix] of Object.entries(prefixes)) {
    if (!prefixPattern.test(prefix)) throw new Error(`Id prefix "${prefix}" of ${kind} must be 2-5 lower-case letters.`);
  }
  return {
    prefixes,
    /**
     * A new id for `kind`. `at` stamps it with another time than now, so a row written later for
     * something that happened earlier (seeded history) still sorts by when it happened.
     */
    newId: (kind: keyof P, at?: Date): string => makeId(prefixes[kind]!, at?.getTime()),
    /** True when `id` is shaped like an id of `kind` (a cheap check before a database lookup). */
    isId: (kind: keyof P, id: string): boolean => new RegExp(`^${prefixes[kind]}_[0-9a-hjkmnp-tv-z]{26}$`).test(id),
  };
}

export const { newId, isId } = defineIdPrefixes(coreIdPrefixes);
