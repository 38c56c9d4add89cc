/** An object as stored: its bytes and what they are. */
export type StoredObject = { body: Buffer; contentType: string; size: number };

/** What `putObject` stores. */
export type NewObject = {
  key: string;
  body: Buffer;
  contentType: string;
  /** When the sweep deletes it; null keeps it until `deleteObject`. */
  expiresAt: Date | null;
};

export type DownloadOptions = {
  /** How long the link works, in seconds. */
  expiresInSeconds: number;
  /** The name the browser saves the file as (printable ASCII). @default the key's last segment */
  filename?: string;
};

/**
 * What every storage provider adapter implements. Keys are checked before an adapter sees them.
 * Every adapter records each object in `storage_objects` (lib/storage/rows.ts) and treats an object
 * as present while its row is: the expiry sweep reads that one table whatever the provider.
 */
export type StorageAdapter = {
  /** Stores the object, replacing one with the same key. */
  put(object: NewObject): Promise<void>;
  /** The object, or null when it does not exist or has expired. */
  get(key: string): Promise<StoredObject | null>;
  /** Deletes the object; deleting a missing one is not an error (the sweep may race a delete). */
  delete(key: string): Promise<void>;
  /** A link that downloads the object without a session until it expires: absolute, or root-relative. */
  signedUrl(key: string, options: DownloadOptions): Promise<string>;
};
