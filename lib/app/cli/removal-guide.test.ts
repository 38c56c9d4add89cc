import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { modules } from "../modules";
import { removalGuide } from "./removal-guide";

describe("content/docs/removal.mdx", () => {
  it("is what the manifests generate (run `npx tsx lib/app/cli/write-removal-guide.ts` after changing a manifest)", () => {
    expect(readFileSync("content/docs/removal.mdx", "utf8")).toBe(removalGuide(modules));
  });
});
