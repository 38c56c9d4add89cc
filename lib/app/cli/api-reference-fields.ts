import type { JsonSchema } from "@/lib/http/openapi/schema";

/** Follows `$ref`s into `components.schemas`. */
export type SchemaResolver = (schema: JsonSchema) => JsonSchema;

export type FieldRow = { name: string; type: string; required: boolean; description: string };

/** How deep nested objects are flattened into rows (`data[].project.name` is three). */
const maxDepth = 3;

/**
 * The rows of a field table for an object schema: each property, with nested objects and arrays of
 * objects flattened to dotted paths (`data[].id`). A union of objects lists every variant's fields
 * (required when every variant requires it). No rows for anything that is not an object.
 */
export function fieldRows(schema: JsonSchema, resolve: SchemaResolver, prefix = "", depth = 0): FieldRow[] {
  const resolved = resolve(schema);
  if (resolved.type === "array" && resolved.items && depth < maxDepth) return fieldRows(resolved.items as JsonSchema, resolve, `${prefix}[].`, depth + 1);
  const shape = objectShape(resolved, resolve);
  if (!shape) return [];
  const rows: FieldRow[] = [];
  for (const [name, raw] of Object.entries(shape.properties)) {
    const property = resolve(raw);
    const path = `${prefix}${name}`;
    rows.push({ name: path, type: describeType(property, resolve), required: shape.required.has(name), description: details(property) });
    if (depth + 1 >= maxDepth) continue;
    const items = property.type === "array" ? resolve((property.items as JsonSchema | undefined) ?? {}) : undefined;
    if (items && objectShape(items, resolve)) rows.push(...fieldRows(items, resolve, `${path}[].`, depth + 1));
    else if (objectShape(property, resolve)) rows.push(...fieldRows(property, resolve, `${path}.`, depth + 1));
  }
  return rows;
}

type Shape = { properties: Record<string, JsonSchema>; required: Set<string> };

/** The object a schema describes: itself, the object of a nullable object, or a union of objects merged. */
function objectShape(schema: JsonSchema, resolve: SchemaResolver): Shape | null {
  if (schema.properties) return { properties: schema.properties as Record<string, JsonSchema>, required: new Set((schema.required as string[] | undefined) ?? []) };
  const variants = ((schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined)?.map(resolve).filter((variant) => variant.type !== "null");
  if (!variants?.length || !variants.every((variant) => variant.properties)) return null;
  const shapes = variants.map((variant) => objectShape(variant, resolve)!);
  const properties: Record<string, JsonSchema> = {};
  for (const shape of shapes) {
    for (const [name, property] of Object.entries(shape.properties)) {
      const seen = properties[name];
      // A field the variants type differently (`valid: true` / `valid: false`) shows every type.
      if (!seen || JSON.stringify(seen) === JSON.stringify(property)) properties[name] = property;
      else properties[name] = { anyOf: [...((seen.anyOf as JsonSchema[] | undefined) ?? [seen]), property], description: seen.description ?? property.description };
    }
  }
  return { properties, required: new Set(Object.keys(properties).filter((name) => shapes.every((shape) => shape.required.has(name)))) };
}

/** A short type: `string (date-time)`, `integer`, `` `active` | `deleted` ``, `object[]`, `string or null`, `map of string[]`. */
export function describeType(raw: JsonSchema, resolve: SchemaResolver): string {
  const schema = resolve(raw);
  if ("const" in schema) return `\`${JSON.stringify(schema.const)}\``;
  if (Array.isArray(schema.enum)) {
    const values = schema.enum.map((value) => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``);
    return values.length > 12 ? `${values.slice(0, 12).join(" | ")} | …` : values.join(" | ");
  }
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (union) return [...new Set(union.map((variant) => describeType(variant, resolve)))].join(" or ");
  if (Array.isArray(schema.type)) return schema.type.map((type) => (type === "string" && schema.format ? `string (${String(schema.format)})` : String(type))).join(" or ");
  if (schema.type === "array") {
    const items = describeType((schema.items as JsonSchema | undefined) ?? {}, resolve);
    return items.includes(" ") ? `(${items})[]` : `${items}[]`;
  }
  if (schema.type === "object" && !schema.properties && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    return `map of ${describeType(schema.additionalProperties as JsonSchema, resolve)}`;
  }
  if (typeof schema.type === "string") return schema.format ? `${schema.type} (${String(schema.format)})` : schema.type;
  return "any";
}

/** The description, then the default and bounds a client must respect. */
function details(schema: JsonSchema): string {
  const parts = typeof schema.description === "string" ? [schema.description] : [];
  const range = (min: unknown, max: unknown, unit: string) => {
    if (typeof min === "number" && typeof max === "number") return `${min}–${max}${unit}.`;
    if (typeof max === "number") return `At most ${max}${unit}.`;
    if (typeof min === "number" && min > 0) return `At least ${min}${unit}.`;
    return undefined;
  };
  const bounds = [
    range(schema.minLength, schema.maxLength, " characters"),
    range(schema.minimum, schema.maximum, ""),
    typeof schema.exclusiveMinimum === "number" ? `More than ${schema.exclusiveMinimum}.` : undefined,
    range(schema.minItems, schema.maxItems, " items"),
  ].filter(Boolean);
  if (schema.default !== undefined) parts.push(`Default \`${typeof schema.default === "string" ? schema.default : JSON.stringify(schema.default)}\`.`);
  return [...parts, ...bounds].join(" ");
}
