import { assertDownloadOptions } from "./download-signature";
import { assertObjectKey } from "./object-key";
import { storageAdapter, type DownloadOptions, type StoredObject } from "./providers";

/** What {@link putObject} takes. */
export type PutObjectInput = {
  /** A relative path such as `privacy/exports/prq_1.zip` (lib/storage/object-key.ts). */
  key: string;
  body: Uint8Array | Buffer;
  /** The media type served with the download, e.g. `application/zip`. */
  contentType: string;
  /** When the hourly `storage.sweep` deletes it (it reads as missing from then on). @default never */
  expiresAt?: Date;
};

/** Stores an object under `key`, replacing any object already there. */
export async function putObject(input: PutObjectInput): Promise<void> {
  assertObjectKey(input.key);
  // It becomes a response header: a line break or non-ASCII there would fail every download.
  if (!/^[\w.+-]+\/[\w.+-]+(;[\x20-\x7E]*)?$/.test(input.contentType)) throw new Error(`Invalid content type ${JSON.stringify(input.contentType)}.`);
  // A view, not a copy, of a Uint8Array's bytes.
  const body = Buffer.isBuffer(input.body) ? input.body : Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
  const adapter = await storageAdapter();
  await adapter.put({ key: input.key, body, contentType: input.contentType, expiresAt: input.expiresAt ?? null });
}

/** The object, or null when there is none or it has expired. */
export async function getObject(key: string): Promise<StoredObject | null> {
  assertObjectKey(key);
  const adapter = await storageAdapter();
  return adapter.get(key);
}

/** Deletes the object; a missing one is not an error. */
export async function deleteObject(key: string): Promise<void> {
  assertObjectKey(key);
  const adapter = await storageAdapter();
  await adapter.delete(key);
}

/**
 * A link that downloads the object without a session for `expiresInSeconds`: root-relative
 * (`/storage/<key>?expires=…&signature=…`) on the database and filesystem providers, an absolute
 * presigned URL on S3. Prefix root-relative links with the app's URL before mailing them.
 */
export async function signedDownloadUrl(key: string, options: DownloadOptions): Promise<string> {
  assertObjectKey(key);
  assertDownloadOptions(options);
  const adapter = await storageAdapter();
  return adapter.signedUrl(key, options);
}
