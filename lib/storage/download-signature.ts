import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/config";
import { assertObjectKey } from "./object-key";

/**
 * Signed download links of the `database` and `filesystem` providers (S3 presigns its own):
 * `/storage/<key>?expires=<unix seconds>&signature=<hex>`, plus `&filename=` when one is given.
 * The HMAC-SHA-256 covers the key, the expiry and the filename, so none can be changed; a link
 * works for anyone holding it until it expires, like S3's, and needs no session: it arrives by email.
 */
export type DownloadLink = {
  key: string;
  /** Unix seconds after which the link answers 403 `link_expired`. */
  expires: number;
  /** The name the browser saves the file as. @default the key's last segment */
  filename?: string;
};

/** What a link's check found: only `valid` may be served. */
export type DownloadCheck = "valid" | "invalid" | "expired";

/** Printable ASCII without quotes, backslashes and slashes: safe in a `content-disposition` header as is. */
const filenamePattern = /^[\x20-\x21\x23-\x2E\x30-\x5B\x5D-\x7E]{1,200}$/;

export function isDownloadFilename(name: string): boolean {
  return filenamePattern.test(name);
}

function key(): Buffer {
  if (!authSecret) throw new Error("BETTER_AUTH_SECRET is needed to sign storage download links.");
  // A key of its own, so a signature made here can never pass for anything the auth secret signs elsewhere.
  return createHmac("sha256", authSecret).update("keel:storage:download:v1").digest();
}

function mac(link: DownloadLink): Buffer {
  // JSON, so no choice of key, expiry and filename can read as another (no separator to smuggle).
  return createHmac("sha256", key())
    .update(JSON.stringify([link.key, link.expires, link.filename ?? null]))
    .digest();
}

export function signDownload(link: DownloadLink): string {
  return mac(link).toString("hex");
}

/** Checks a link's signature, then its expiry (a link whose expiry was edited is `invalid`, not `expired`). */
export function checkDownload(link: DownloadLink & { signature: string }, now = new Date()): DownloadCheck {
  if (!/^[0-9a-f]{64}$/.test(link.signature) || !Number.isSafeInteger(link.expires)) return "invalid";
  if (!timingSafeEqual(Buffer.from(link.signature, "hex"), mac(link))) return "invalid";
  return link.expires * 1000 <= now.getTime() ? "expired" : "valid";
}

/** Throws on a lifetime or filename no provider should sign (the filename becomes a header). */
export function assertDownloadOptions(options: { expiresInSeconds: number; filename?: string }): void {
  if (!Number.isInteger(options.expiresInSeconds) || options.expiresInSeconds < 1) throw new Error("expiresInSeconds must be a positive integer.");
  if (options.filename !== undefined && !isDownloadFilename(options.filename)) throw new Error(`Invalid download filename ${JSON.stringify(options.filename)}: printable ASCII without quotes, backslashes or slashes.`);
}

/** A root-relative signed link to `key`, valid for `expiresInSeconds` from `now`. */
export function localDownloadUrl(objectKey: string, options: { expiresInSeconds: number; filename?: string }, now = new Date()): string {
  assertObjectKey(objectKey);
  assertDownloadOptions(options);
  const link: DownloadLink = { key: objectKey, expires: Math.floor(now.getTime() / 1000) + options.expiresInSeconds, filename: options.filename };
  const query = new URLSearchParams({ expires: String(link.expires) });
  if (link.filename !== undefined) query.set("filename", link.filename);
  query.set("signature", signDownload(link));
  return `/storage/${objectKey}?${query}`;
}
