import { localDownloadUrl } from "../download-signature";
import { deleteRow, findLiveRow, saveRow } from "../rows";
import type { StorageAdapter } from "./types";

/**
 * Bytes in a `bytea` column of `storage_objects`: no account, nothing to configure, the same on
 * PGlite and Postgres, and safe on serverless hosts (no local disk). Meant for exports and small
 * uploads; a database is a costly place for many large files (switch to s3 then).
 */
export const databaseStorage: StorageAdapter = {
  async put(object) {
    await saveRow({ key: object.key, contentType: object.contentType, size: object.body.byteLength, data: object.body, expiresAt: object.expiresAt });
  },
  async get(key) {
    const row = await findLiveRow(key, true);
    // A row without bytes was written by another provider before a switch: not readable here.
    if (!row?.data) return null;
    return { body: row.data, contentType: row.contentType, size: row.size };
  },
  async delete(key) {
    await deleteRow(key);
  },
  async signedUrl(key, options) {
    return localDownloadUrl(key, options);
  },
};
