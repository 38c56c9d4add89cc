import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales } from "@/lib/i18n/config";
import { unusedKeys } from "@/lib/i18n/key-usage";
import { messageKeys, type MessageTree } from "@/lib/i18n/messages";
import { appMessages } from "./messages";

/** The arguments an ICU message names, however deep (a plural's branches hold more). */
function argumentNames(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if ("value" in element && element.type !== TYPE.literal && typeof element.value === "string") names.add(element.value);
    if ("options" in element) for (const option of Object.values(element.options)) argumentNames(option.value, names);
    if (element.type === TYPE.tag) argumentNames(element.children, names);
  }
  return names;
}

/**
 * Each message's ICU arguments and rich-text tags (`{count, number}` → count, `<strong>` → strong),
 * read with the ICU parser next-intl uses, to catch a translation that drops or misnames one.
 * Branch text (`{count, plural, one {# seat} …}`) is not an argument.
 */
function argumentsOf(tree: MessageTree): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: MessageTree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value !== "string") walk(value, `${prefix}${key}.`);
      else found.set(`${prefix}${key}`, [...argumentNames(parse(value, { ignoreTag: false }))].sort().join(","));
    }
  };
  walk(tree, "");
  return found;
}

describe("the message files", () => {
  it("give every locale exactly the keys English has, with the same arguments", async () => {
    const english = await appMessages(defaultLocale);
    const expected = argumentsOf(english);
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      const translated = argumentsOf(await appMessages(locale));
      const missing = [...expected.keys()].filter((key) => !translated.has(key));
      const extra = [...translated.keys()].filter((key) => !expected.has(key));
      const differentArguments = [...expected].filter(([key, args]) => translated.has(key) && translated.get(key) !== args).map(([key]) => key);
      expect({ locale, missing, extra, differentArguments }).toEqual({ locale, missing: [], extra: [], differentArguments: [] });
    }
  });

  it("has no message the code never uses", async () => {
    const keys = messageKeys(await appMessages(defaultLocale));
    expect(keys.length).toBeGreaterThan(20);
    expect(unusedKeys(keys, ["app", "components", "lib", "emails"])).toEqual([]);
  });

  it("the usage check sees namespaces, full keys and template keys, and flags the rest", () => {
    // Its own files, so the check holds whichever modules are installed.
    const root = mkdtempSync(join(tmpdir(), "keys-"));
    writeFileSync(join(root, "page.tsx"), 'const t = await getTranslations("home");\nt("title"); t(`features.${id}.body`);');
    writeFileSync(join(root, "plans.ts"), 'useTranslations("billing.plans"); t(`limits.${key}Unlimited`); t(`${a}${b}`);');
    const keys = ["home.title", "billing.plans.limits.seatsUnlimited", "home.features.teams.body", "home.nowhere", "billing.other"];
    expect(unusedKeys(keys, [root])).toEqual(["home.nowhere", "billing.other"]);
  });
});
