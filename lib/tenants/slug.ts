import { randomBytes } from "node:crypto";

/** `"Acme Inc."` → `"acme-inc"`; never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return slug || "team";
}

/** A slug with a short random suffix, for when the plain one is taken. */
export function suffixedSlug(name: string): string {
  return `${slugify(name)}-${randomBytes(3).toString("hex")}`;
}
