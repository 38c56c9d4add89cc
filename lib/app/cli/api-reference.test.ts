import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "@/lib/http/openapi/document";
import { apiReferencePages, referenceFolder } from "./api-reference";
import { cell, headingSlug, prose } from "./mdx-text";
import { openApiFile } from "./openapi";

// The committed document; openapi.test.ts proves it is what the route files generate.
const document = JSON.parse(readFileSync(openApiFile, "utf8")) as OpenApiDocument;
const pages = apiReferencePages(document);

describe("content/docs/reference/", () => {
  it("is what the OpenAPI document generates (run `npx tsx lib/app/cli/write-openapi.ts` after changing a route)", () => {
    expect(readdirSync(referenceFolder).sort()).toEqual(Object.keys(pages).sort());
    for (const [file, text] of Object.entries(pages)) expect(readFileSync(`${referenceFolder}/${file}`, "utf8"), file).toBe(text);
  });

  it("has a page per module with routes, each route under its own anchor", () => {
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(JSON.parse(pages["meta.json"]!).pages).toEqual(["index", ...document.tags.map((tag) => tag.name)]);
    for (const tag of document.tags) {
      const page = pages[`${tag.name}.mdx`]!;
      const headings = [...page.matchAll(/^## `(.+)`$/gm)].map((match) => headingSlug(match[1]!));
      expect(headings.length, tag.name).toBe(operations.filter((operation) => operation.tags[0] === tag.name).length);
      expect(new Set(headings).size, `${tag.name}: anchors are unique`).toBe(headings.length);
      const links = [...page.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
      expect(links.sort(), tag.name).toEqual([...headings].sort());
    }
  });

  it("writes nothing MDX would read as JSX: braces and angle brackets only in code or escaped", () => {
    for (const [file, text] of Object.entries(pages)) {
      if (!file.endsWith(".mdx")) continue;
      const body = text
        .split("\n")
        .filter((line) => !line.startsWith("{/*"))
        .join("\n")
        .replace(/`[^`\n]*`/g, "");
      expect(body.match(/(?<!\\)[{}<]/g) ?? [], file).toEqual([]);
    }
  });
});

describe("MDX text", () => {
  it("escapes braces and tags outside code spans, pipes everywhere in a cell", () => {
    expect(prose("Send {id} as <b>`{id}`</b>")).toBe("Send \\{id\\} as \\<b\\>`{id}`\\</b\\>");
    expect(cell("a | b\n`x | y`")).toBe("a \\| b `x \\| y`");
  });

  it("makes the anchors github-slugger (the docs site) makes", () => {
    expect(headingSlug("GET /projects/{projectId}")).toBe("get-projectsprojectid");
    expect(headingSlug("POST /tenants/{tenantId}/api-keys")).toBe("post-tenantstenantidapi-keys");
    expect(headingSlug("DELETE /me/sessions/{id}")).toBe("delete-mesessionsid");
  });
});
