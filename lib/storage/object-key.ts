/** Longest accepted key; S3 allows 1024 bytes, a path on disk somewhat less. */
export const maxObjectKeyLength = 512;

const allowed = /^[A-Za-z0-9._/-]+$/;

/**
 * Whether `key` can name an object: a relative path of `[A-Za-z0-9._-]` segments, such as
 * `privacy/exports/prq_1.zip`. No leading or doubled `/` and no `.` or `..` segment, so the same
 * key is the same file on every provider and can never leave STORAGE_DIR.
 */
export function isObjectKey(key: string): boolean {
  if (key.length === 0 || key.length > maxObjectKeyLength || !allowed.test(key)) return false;
  return key.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

/** Throws on a key that {@link isObjectKey} refuses: keys come from code, so a bad one is a bug. */
export function assertObjectKey(key: string): string {
  if (!isObjectKey(key)) throw new Error(`Invalid storage key ${JSON.stringify(key.slice(0, 100))}: use a relative path of [A-Za-z0-9._-] segments, without "." or ".." segments.`);
  return key;
}
