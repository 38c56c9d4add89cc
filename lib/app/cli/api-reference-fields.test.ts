import { z } from "zod";
import { describe, expect, it } from "vitest";
import { toOpenApiSchema, type JsonSchema } from "@/lib/http/openapi/schema";
import { describeType, fieldRows } from "./api-reference-fields";

const components: Record<string, JsonSchema> = {};
const resolve = (schema: JsonSchema) => (typeof schema.$ref === "string" ? components[schema.$ref.split("/").pop()!]! : schema);
const rows = (schema: z.ZodType) => fieldRows(toOpenApiSchema(schema, components, "t"), resolve).map((row) => [row.name, row.type, row.required, row.description]);

describe("the API reference's field tables", () => {
  it("flattens nested objects and arrays of objects to dotted paths, with bounds and defaults", () => {
    const schema = z.object({
      data: z.array(z.object({ id: z.string().describe("proj_…"), owner: z.object({ name: z.string().min(1).max(50) }).nullable() })),
      limit: z.number().int().min(1).max(100).default(25),
      tags: z.record(z.string(), z.array(z.string())).optional(),
    });
    expect(rows(schema)).toEqual([
      ["data", "object[]", true, ""],
      ["data[].id", "string", true, "proj_…"],
      ["data[].owner", "object or null", true, ""],
      ["data[].owner.name", "string", true, "1–50 characters."],
      ["limit", "integer", false, "Default `25`. 1–100."],
      ["tags", "map of string[]", false, ""],
    ]);
  });

  it("lists every variant's fields for a union, required only when all require them", () => {
    const schema = z.union([z.object({ valid: z.literal(true), keyId: z.string() }), z.object({ valid: z.literal(false), reason: z.enum(["unknown", "revoked"]) })]);
    expect(rows(schema)).toEqual([
      ["valid", "`true` or `false`", true, ""],
      ["keyId", "string", false, ""],
      ["reason", "`unknown` | `revoked`", false, ""],
    ]);
  });

  it("has no rows for an answer that is not an object, only its type", () => {
    const schema = toOpenApiSchema(z.string().describe("text/csv"), components, "t");
    expect(fieldRows(schema, resolve)).toEqual([]);
    expect(describeType(schema, resolve)).toBe("string");
    expect(describeType(toOpenApiSchema(z.date().nullable(), components, "t"), resolve)).toBe("string (date-time) or null");
    expect(describeType({}, resolve)).toBe("any");
  });
});
