import { timestamp } from "drizzle-orm/pg-core";

/** Timestamps are always `timestamptz`, read as `Date`. */
export const timestamptz = () => timestamp({ withTimezone: true, mode: "date" });

export const createdAt = () => timestamptz().notNull().defaultNow();
export const updatedAt = () =>
  timestamptz()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
