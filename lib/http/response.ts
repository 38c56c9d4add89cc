import { z } from "zod";

/**
 * What JSON makes of a value: dates become ISO strings. `Json<z.output<S>>` is what a client's
 * `response.json()` yields for a route that declares the response schema `S`.
 */
export type Json<T> = T extends Date
  ? string
  : T extends (infer U)[]
    ? Json<U>[]
    : T extends readonly (infer U)[]
      ? readonly Json<U>[]
      : T extends object
        ? { [K in keyof T]: Json<T[K]> }
        : T;

/** The type the UI works with for a route's answer: inferred from the schema the route declares. */
export type ResponseOf<S extends z.ZodType> = Json<z.output<S>>;

/** A timestamp as handlers return it (a Date) and as clients receive it (an ISO string). */
export const timestamp = z.date().describe("ISO 8601 timestamp");

/** `{ data: [...], nextCursor }`: every cursor-paginated list. */
export function pageOf<S extends z.ZodType>(item: S) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last.") });
}
