import type { Locale } from "./config";

/** A message file: nested objects whose leaves are ICU message strings. */
export type MessageTree = { [key: string]: string | MessageTree };

/** The core's messages (messages/<locale>.json): the public site, auth pages, portal chrome. */
export async function coreMessages(locale: Locale): Promise<MessageTree> {
  return (await import(`@/messages/${locale}.json`)).default as MessageTree;
}

/**
 * A module's message files as the app serves them, mounted under its id: what a notification or
 * email of an optional module reads (`moduleMessages("usage", (l) => import(`./messages/${l}.json`)…)`).
 */
export function moduleMessages(moduleId: string, load: (locale: Locale) => Promise<MessageTree>): (locale: Locale) => Promise<MessageTree> {
  return async (locale) => ({ [moduleId]: await load(locale) });
}

/**
 * Every key of a tree as a dotted path (`pricing.title`), for the missing-keys and unused-keys
 * tests and the locale coverage report.
 */
export function messageKeys(tree: MessageTree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`),
  );
}
