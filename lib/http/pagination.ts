import { z } from "zod";

/** `?cursor=&limit=`: the cursor is the last id of the previous page (ids sort by time). */
export const pageQuery = z.object({
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export type PageParams = z.output<typeof pageQuery>;

/** Takes `limit + 1` rows and answers `{ data, nextCursor }`. */
export function page<T extends { id: string }>(rows: T[], limit: number): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? last.id : null };
}
