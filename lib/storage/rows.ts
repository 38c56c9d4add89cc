import { and, asc, eq, getTableColumns, gt, isNotNull, isNull, lte, or } from "drizzle-orm";
import { db } from "@/db/client";
import { storageObjects } from "@/db/schema/storage";

/** An object's row in `storage_objects`; `data` holds the bytes for the `database` provider only. */
export type ObjectRow = typeof storageObjects.$inferSelect;

/** Records an object, replacing the row of an earlier object with the same key (one statement, no read first). */
export async function saveRow(row: { key: string; contentType: string; size: number; data: Buffer | null; expiresAt: Date | null }): Promise<void> {
  const values = { ...row, createdAt: new Date() };
  await db
    .insert(storageObjects)
    .values(values)
    .onConflictDoUpdate({ target: storageObjects.key, set: { contentType: values.contentType, size: values.size, data: values.data, expiresAt: values.expiresAt, createdAt: values.createdAt } });
}

/**
 * The row of an object that exists and has not expired. An expired object is gone to readers at
 * once, not only once the hourly sweep has run. `withData` reads the bytes column too.
 */
export async function findLiveRow(key: string, withData: boolean, now = new Date()): Promise<ObjectRow | null> {
  const { data, ...meta } = getTableColumns(storageObjects);
  const [row] = await db
    .select(withData ? { ...meta, data } : meta)
    .from(storageObjects)
    .where(and(eq(storageObjects.key, key), or(isNull(storageObjects.expiresAt), gt(storageObjects.expiresAt, now))))
    .limit(1);
  return row ? { data: null, ...row } : null;
}

export async function deleteRow(key: string): Promise<void> {
  await db.delete(storageObjects).where(eq(storageObjects.key, key));
}

/** Keys of objects whose expiry has passed, oldest expiry first (the sweep's batches). */
export async function expiredKeys(now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ key: storageObjects.key })
    .from(storageObjects)
    .where(and(isNotNull(storageObjects.expiresAt), lte(storageObjects.expiresAt, now)))
    .orderBy(asc(storageObjects.expiresAt), asc(storageObjects.key))
    .limit(limit);
  return rows.map((r) => r.key);
}
