import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modules } from "../modules";
import { eventCatalogPage } from "./event-catalog";

describe("content/docs/events.mdx", () => {
  it("is what the manifests generate (run `npx tsx lib/app/cli/write-event-catalog.ts` after changing an event)", () => {
    expect(readFileSync("content/docs/events.mdx", "utf8")).toBe(eventCatalogPage(modules));
  });
});
