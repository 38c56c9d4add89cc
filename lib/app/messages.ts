import { coreMessages, type MessageTree } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/config";
import { moduleMessageLoaders } from "./module-messages";

/**
 * All of a locale's messages: the core's, and each installed module's under its id
 * (`billing.*`, `api-keys.*`). A removed module's messages go with its files.
 *
 * The modules come from the module index, not the manifests: the next-intl request config imports
 * this file on every page, the prerendered public site included, and the manifests would pull the
 * portal's client components into its first-load JS (lib/app/module-index.ts). The loaders are
 * generated from the manifests (lib/app/module-messages.ts), reading where each manifest's
 * `messages` loader does: `lib/<id>/messages/<locale>.json`.
 */
export async function appMessages(locale: Locale): Promise<MessageTree> {
  const tree = { ...(await coreMessages(locale)) };
  const contributed = await Promise.all(Object.entries(moduleMessageLoaders).map(async ([id, load]) => [id, await load(locale)] as const));
  for (const [id, messages] of contributed) {
    if (id in tree) throw new Error(`messages/${locale}.json has a top-level "${id}", which is the ${id} module's namespace.`);
    tree[id] = messages;
  }
  return tree;
}
