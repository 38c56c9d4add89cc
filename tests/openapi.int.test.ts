import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/openapi.json/route";

describe("GET /openapi.json", () => {
  it("answers the committed OpenAPI 3.1 document as JSON, readable from any origin", async () => {
    const res = GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(body.openapi).toMatch(/^3\.1\./);
    // lib/app/cli/openapi.test.ts proves this file is what the route files generate.
    expect(body).toEqual(JSON.parse(readFileSync("lib/app/openapi.json", "utf8")));
    expect(Object.keys(body.paths).length).toBeGreaterThan(0);
  });
});
