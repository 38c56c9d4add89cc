import { z } from "zod";

/** A JSON Schema (draft 2020-12), which is what an OpenAPI 3.1 Schema Object is. */
export type JsonSchema = { [keyword: string]: unknown };

/** Named schemas shared by the document (`#/components/schemas/<name>`). */
export type SchemaComponents = Record<string, JsonSchema>;

/**
 * A zod schema as an OpenAPI 3.1 Schema Object, with zod 4's own converter.
 *
 * Always the schema's *input* side: a request schema describes what the client sends (before
 * `z.coerce`, defaults and transforms), and route() sends a handler's answer as the handler
 * returned it — the response schema's input — through JSON, which writes dates as ISO strings.
 *
 * Definitions zod puts in `$defs` (a recursive schema, or one registered with `.meta({ id })`)
 * move to `components` under their id, or `<name>_<n>` for unnamed ones, since `#/$defs/…`
 * inside an OpenAPI document would point at the document's root.
 */
export function toOpenApiSchema(schema: z.ZodType, components: SchemaComponents, name: string): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: ({ zodSchema }) => (zodSchema._zod.def.type === "date" ? { type: "string", format: "date-time" } : "any"),
    override: ({ jsonSchema }) => dropSafeIntegerBounds(jsonSchema),
  }) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = converted;
  const renamed = new Map<string, string>();
  for (const id of Object.keys(($defs as SchemaComponents | undefined) ?? {})) {
    renamed.set(id, id.startsWith("__schema") ? `${name}_${id.slice("__schema".length)}` : id);
  }
  const rewrite = (node: unknown): unknown => rewriteRefs(node, renamed);
  for (const [id, definition] of Object.entries(($defs as SchemaComponents | undefined) ?? {})) {
    addComponent(components, renamed.get(id)!, rewrite(definition) as JsonSchema);
  }
  return rewrite(rest) as JsonSchema;
}

/** Adds a named schema; two different schemas under one `.meta({ id })` are a mistake worth stopping for. */
export function addComponent(components: SchemaComponents, name: string, schema: JsonSchema): void {
  const existing = components[name];
  if (existing && JSON.stringify(existing) !== JSON.stringify(schema)) {
    throw new Error(`Two different schemas are named "${name}" (.meta({ id })): the OpenAPI document needs one per name.`);
  }
  components[name] = schema;
}

function rewriteRefs(node: unknown, renamed: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, renamed));
  if (!node || typeof node !== "object") return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) {
      const id = value.slice("#/$defs/".length);
      out[key] = `#/components/schemas/${renamed.get(id) ?? id}`;
    } else out[key] = rewriteRefs(value, renamed);
  }
  return out;
}

/** `z.number().int()` says "between ±2^53-1": true of every JSON integer a client sends, so noise. */
function dropSafeIntegerBounds(schema: JsonSchema): void {
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
}
