import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ModuleManifest } from "@/lib/manifest/define";
import { moduleIndexJson, moduleMessagesSource } from "./module-index";
import { modules } from "./modules";

describe("lib/app/module-index.json", () => {
  it("is what the manifests generate (run `npx tsx lib/app/cli/write-removal-guide.ts` after changing a manifest)", () => {
    expect(readFileSync("lib/app/module-index.json", "utf8")).toBe(moduleIndexJson(modules));
  });

  it("comes with lib/app/module-messages.ts, one message loader per module that has messages", () => {
    expect(readFileSync("lib/app/module-messages.ts", "utf8")).toBe(moduleMessagesSource(modules));
    for (const { id } of (modules as readonly ModuleManifest[]).filter((m) => m.messages)) expect(moduleMessagesSource(modules)).toContain(`${JSON.stringify(id)}: async (locale) => (await import(\`@/lib/${id}/messages/\${locale}.json\`))`);
    // With no module left that has messages, the file imports nothing (a pattern would break the build).
    expect(moduleMessagesSource([])).not.toContain("import(");
  });
});
