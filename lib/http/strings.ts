/**
 * Postgres stores no NUL (`\u0000`) in text and rejects lone UTF-16 surrogates in JSON, and no
 * honest client sends either. Every boundary refuses them up front with the field's path, so they
 * never reach the database as a 500.
 */
// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const forbidden = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(text: string): boolean {
  return forbidden.test(text);
}

/**
 * A copy of a JSON value with each forbidden character, in keys and strings, replaced by U+FFFD:
 * for data that must be kept as received (a signed webhook) but stored by Postgres.
 */
export function withoutForbiddenCharacters(value: unknown): unknown {
  if (typeof value === "string") return value.replace(new RegExp(forbidden.source, "g"), "\uFFFD");
  if (Array.isArray(value)) return value.map(withoutForbiddenCharacters);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [withoutForbiddenCharacters(key), withoutForbiddenCharacters(item)]));
  }
  return value;
}

/**
 * The path (`items.2.name`, `_root` for the value itself) of the first string, or object key,
 * holding a forbidden character; null when the value is clean.
 */
export function findForbiddenString(value: unknown, path: readonly (string | number)[] = []): string | null {
  if (typeof value === "string") return hasForbiddenCharacters(value) ? pathOf(path) : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findForbiddenString(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (hasForbiddenCharacters(key)) return pathOf([...path, key]);
      const found = findForbiddenString(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

function pathOf(path: readonly (string | number)[]): string {
  return path.length ? path.map(String).join(".") : "_root";
}
