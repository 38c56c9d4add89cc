import { sql } from "drizzle-orm";
import { customType, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";

/** Raw bytes (`bytea`), read as a Buffer. */
const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  // node-postgres gives a Buffer, PGlite a Uint8Array: one type for callers either way.
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * One row per stored object (lib/storage), whatever the provider: an object exists while its row
 * does. The `database` provider keeps the bytes in `data`; `filesystem` and `s3` keep them
 * elsewhere and leave it null, so one sweep finds every expired object on any provider.
 */
export const storageObjects = pgTable(
  "storage_objects",
  {
    /** A path such as `privacy/exports/prq_….zip` (lib/storage/object-key.ts). */
    key: text().primaryKey(),
    contentType: text().notNull(),
    /** Bytes. */
    size: integer().notNull(),
    /** The bytes, for the `database` provider only. */
    data: bytes(),
    /** When the sweep deletes it; null keeps it until deleted. */
    expiresAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [index("storage_objects_expires_idx").on(t.expiresAt).where(sql`${t.expiresAt} is not null`)],
);
