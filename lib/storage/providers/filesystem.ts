import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { localDownloadUrl } from "../download-signature";
import { deleteRow, findLiveRow, saveRow } from "../rows";
import type { StorageAdapter } from "./types";

/**
 * Files under `dir`, one per key; content type, size and expiry in their `storage_objects` row
 * (without bytes), so the sweep is the same as everywhere. Only for one long-lived server with a
 * disk that persists: serverless functions and several instances do not share one.
 */
export function filesystemStorage(dir: string): StorageAdapter {
  const root = resolve(dir);
  const pathOf = (key: string) => {
    const path = resolve(root, key);
    // Keys are checked already; this keeps a future change to that check from escaping the folder.
    if (!path.startsWith(root + sep)) throw new Error(`Storage key ${key} leaves STORAGE_DIR.`);
    return path;
  };
  return {
    async put(object) {
      const path = pathOf(object.key);
      await mkdir(dirname(path), { recursive: true });
      // Written aside and renamed: a reader never sees half a file, a crash leaves no torn one.
      const partial = join(dirname(path), `.${basename(path)}.${randomUUID()}.partial`);
      await writeFile(partial, object.body);
      await rename(partial, path);
      await saveRow({ key: object.key, contentType: object.contentType, size: object.body.byteLength, data: null, expiresAt: object.expiresAt });
    },
    async get(key) {
      const row = await findLiveRow(key, false);
      if (!row) return null;
      try {
        const body = await readFile(pathOf(key));
        return { body, contentType: row.contentType, size: body.byteLength };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      // The file first: a crash in between leaves a row the next sweep or delete finishes, not a stray file.
      await rm(pathOf(key), { force: true });
      await deleteRow(key);
    },
    async signedUrl(key, options) {
      return localDownloadUrl(key, options);
    },
  };
}
