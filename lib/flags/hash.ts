/**
 * MurmurHash3 (x86, 32-bit) of a string's UTF-16 code units: the stable hash percentage rollouts
 * bucket by. Twenty lines, no dependency; what matters is that it never changes between releases
 * (a user's bucket must stay put) and spreads keys evenly (tests/flags.int.test.ts: 30% of 10,000
 * ids land within ±2%).
 */
export function murmur3(text: string, seed = 0): number {
  let h = seed >>> 0;
  const length = text.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    let k = (text.charCodeAt(i) & 0xffff) | ((text.charCodeAt(i + 1) & 0xffff) << 16);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  if (i < length) {
    let k = text.charCodeAt(i) & 0xffff;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= length * 2;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The bucket 0–9,999 `unit` falls in for `flagKey`: a rule of p% takes buckets below p × 100. */
export function rolloutBucket(flagKey: string, unit: string): number {
  return murmur3(`${flagKey}:${unit}`) % 10_000;
}
