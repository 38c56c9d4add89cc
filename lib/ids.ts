import { randomBytes } from "node:crypto";

/**
 * Prefixed, sortable ids in the style of Stripe's: `org_01jd3k...`.
 *
 * The body is a ULID (48-bit millisecond time + 80 random bits, Crockford base32, lower case), so
 * ids sort by creation time in indexes and in cursors, and the prefix tells a reader what an id
 * names. Within one millisecond, ids from one process stay ordered (monotonic random part).
 */
export const idPrefixes = {
  user: "usr",
  session: "ses",
  account: "acc",
  verification: "vrf",
  tenant: "org",
  member: "mem",
  invitation: "inv",
  project: "proj",
  job: "job",
  apiKey: "key",
  usageEvent: "uev",
  subscription: "sub",
  invoice: "in",
  checkout: "chk",
  billingEvent: "bevt",
  creditGrant: "cgr",
  creditEntry: "cle",
  stateChange: "bsc",
  event: "evt",
  email: "msg",
  audit: "aud",
  request: "req",
  rateLimit: "rl",
} as const;

export type IdKind = keyof typeof idPrefixes;

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

/** A new id for `kind`, e.g. `newId("project")` → `proj_01jd3kq8n4...`. */
export function newId(kind: IdKind): string {
  const time = Date.now();
  return `${idPrefixes[kind]}_${encodeTime(time)}${encodeRandom(nextRandom(time))}`;
}

/** True when `id` is shaped like an id of `kind` (cheap check before a database lookup). */
export function isId(kind: IdKind, id: string): boolean {
  return new RegExp(`^${idPrefixes[kind]}_[0-9a-hjkmnp-tv-z]{26}$`).test(id);
}
