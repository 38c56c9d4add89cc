import { z } from "zod";
import { pageQuery } from "@/lib/http/pagination";

/**
 * A day (`2026-11-28`) or an instant (`2026-11-28T09:30:00Z`). ISO only: a four-digit year keeps
 * every value inside what Postgres can compare (a year like -5000 would be a 500).
 */
const instant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Adds a day to a date-only bound, so `to=2026-11-28` includes all of the 28th. */
const endOf = (value: string) => (value.length === 10 ? new Date(Date.parse(value) + 24 * 60 * 60 * 1000) : new Date(value));

/**
 * `GET /security/audit`'s query: the page, and optional filters (callers that send none get the
 * whole log, as before).
 */
export const auditQuery = pageQuery
  .extend({
    /** One action, e.g. `member.role_changed`. */
    action: z.string().trim().min(1).max(100).optional(),
    /** Who did it: a user id, or an email address. */
    actor: z.string().trim().min(1).max(320).optional(),
    /** Entries at or after this day or instant. */
    from: instant.optional(),
    /** Entries up to this instant, or to the end of this day. */
    to: instant.optional(),
  })
  .transform(({ from, to, ...rest }) => ({ ...rest, from: from ? new Date(from) : undefined, before: to ? endOf(to) : undefined }))
  .refine((q) => !q.from || !q.before || q.from < q.before, { message: "`from` must be before `to`.", path: ["to"] });

export type AuditQuery = z.output<typeof auditQuery>;
