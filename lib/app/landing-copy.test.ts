import { describe, expect, it } from "vitest";
import { moduleMessageKey } from "@/components/site/home/module-key";
import { locales } from "@/lib/i18n/config";
import { coreMessages, type MessageTree } from "@/lib/i18n/messages";
import { modules } from "./modules";

// The landing page's feature grid has a card per installed module (components/site/home/module-grid.tsx).
describe("the landing page's module grid", () => {
  it("has a translated title and blurb for every installed module, in every locale", async () => {
    for (const locale of locales) {
      const copy = ((await coreMessages(locale)).home as MessageTree).modules as Record<string, MessageTree | undefined>;
      const missing = modules.filter((m) => !(copy[moduleMessageKey(m.id)]?.title && copy[moduleMessageKey(m.id)]?.body)).map((m) => m.id);
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });

  it("turns kebab-case ids into message keys", () => {
    expect(["api-keys", "billing", "a-b-c"].map(moduleMessageKey)).toEqual(["apiKeys", "billing", "aBC"]);
  });
});
