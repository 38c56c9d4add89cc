import type { z } from "zod";

/**
 * A published event type: what a module promises about one of its events to the outside. Outgoing
 * webhooks send exactly these (with the data the emitter passed to `emit`), and the docs and
 * `GET /webhooks/event-types` list them. Events a module emits without publishing stay internal.
 */
export type EventSpec = {
  /** One sentence: when the event fires. */
  description: string;
  /** The shape of `data`, as emitted (dates as ISO strings: data is stored as JSON). */
  schema: z.ZodType;
  /** A payload that parses with `schema`, for the docs and test sends. */
  example: Record<string, unknown>;
};

/** Declares a published event; the example is checked against the schema by type. */
export function defineEvent<S extends z.ZodType<Record<string, unknown>>>(spec: { description: string; schema: S; example: z.output<S> }): EventSpec {
  return spec;
}
