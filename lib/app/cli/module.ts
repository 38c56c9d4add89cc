/**
 * `npm run module -- list` and `npm run module -- remove <id>...`: the module list as a command.
 * `remove` deletes each module's files (its manifest's ownedPaths), its line in lib/modules.ts,
 * its keys in .env.example and its docs pages (links to them become plain text), writes the
 * migration that drops its tables, and regenerates content/docs/removal.mdx, the event catalog, the
 * OpenAPI document and the API reference. It refuses (exit 1, nothing changed) for an unknown or
 * core module, or when a module left behind depends on one being removed.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { ModuleManifest } from "@/lib/manifest/define";
import { modules } from "../modules";
import { ownedPaths } from "../ownership";
import { siteOf, unlinkDeadLinks, unlinkMissingPages } from "./docs-links";
import { eventCatalogPage } from "./event-catalog";
import { removalGuide } from "./removal-guide";
import { moduleIndexJson, moduleMessagesSource } from "../module-index";

const manifests: readonly ModuleManifest[] = modules;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function list(): void {
  for (const m of manifests) {
    const deps = m.dependsOn?.length ? ` depends: ${m.dependsOn.join(",")}` : "";
    console.log(`${m.id} ${m.core ? "core" : "optional"}${deps}`);
  }
}

/** Checks a removal; returns the manifests to remove or exits 1 with the reason. */
export function planRemoval(all: readonly ModuleManifest[], ids: readonly string[]): ModuleManifest[] {
  if (ids.length === 0) fail("Name the modules to remove: npm run module -- remove <id>...  (see npm run module -- list)");
  const byId = new Map(all.map((m) => [m.id, m]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) fail(`Unknown module: ${unknown.join(", ")}. Modules: ${all.map((m) => m.id).join(", ")}.`);
  const core = ids.filter((id) => byId.get(id)!.core);
  if (core.length) fail(`${core.join(", ")} ${core.length > 1 ? "are" : "is"} core and cannot be removed.`);
  const removing = new Set(ids);
  const left = all.filter((m) => !removing.has(m.id));
  const blocked = left.flatMap((m) => (m.dependsOn ?? []).filter((dep) => removing.has(dep)).map((dep) => `${m.id} depends on ${dep}`));
  if (blocked.length) {
    // Everything that depends on the named modules, directly or through another dependent.
    const together = new Set(ids);
    for (let grew = true; grew; ) {
      grew = false;
      for (const m of all) {
        if (!together.has(m.id) && m.dependsOn?.some((d) => together.has(d))) {
          together.add(m.id);
          grew = true;
        }
      }
    }
    fail(`Cannot remove ${ids.join(", ")}: ${blocked.join("; ")}.\nRemove them together: npm run module -- remove ${[...together].join(" ")}`);
  }
  return ids.map((id) => byId.get(id)!);
}

function remove(ids: string[]): void {
  const removing = planRemoval(manifests, ids);
  const envKeys = removing.flatMap((m) => keysDeclaredBy(m.id));

  for (const m of removing) {
    for (const path of ownedPaths(m)) rmSync(path, { recursive: true, force: true });
  }
  edit("lib/modules.ts", (text) =>
    text
      .split("\n")
      .filter((line) => !removing.some((m) => line.includes(`from "./${m.id}/module"`)))
      .join("\n"),
  );
  edit(".env.example", (text) => removeEnvSections(text, removing.map((m) => m.id), envKeys));
  // The deploy guides list each module's keys in a table row of their own: those rows go too.
  for (const page of readdirSync("content/docs/deploy").filter((f) => f.endsWith(".mdx"))) {
    edit(`content/docs/deploy/${page}`, (text) => dropTableRowsNaming(text, envKeys));
  }
  for (const meta of ["content/docs/modules/meta.json", "content/docs/swap/meta.json"]) edit(meta, (text) => pruneMeta(meta, text));
  // The OpenAPI document and the API reference, from the route files left: in a fresh process, as
  // this one has the removed modules loaded. Before the unlinking below, which sees the pages it drops.
  execFileSync("npx", ["tsx", "lib/app/cli/write-openapi.ts"], { stdio: ["ignore", "ignore", "inherit"] });
  // Links from the remaining pages to the removed ones become plain text (the link checker agrees).
  for (const page of readdirSync("content/docs", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx"))) {
    edit(`content/docs/${page}`, (text) => unlinkMissingPages(text));
  }
  // Blog posts link to the docs and the app: links to what is no longer served become plain text too.
  if (existsSync("content/blog")) {
    const site = siteOf(".");
    for (const post of readdirSync("content/blog").filter((f) => f.endsWith(".mdx"))) edit(`content/blog/${post}`, (text) => unlinkDeadLinks(text, site));
  }
  const left = manifests.filter((m) => !removing.includes(m));
  writeFileSync("content/docs/removal.mdx", removalGuide(left));
  writeFileSync("lib/app/module-index.json", moduleIndexJson(left));
  writeFileSync("lib/app/module-messages.ts", moduleMessagesSource(left));
  writeFileSync("content/docs/events.mdx", eventCatalogPage(left));

  // drizzle-kit compares db/schema with the last snapshot: the module's tables are gone, so it
  // writes DROP TABLE statements (and nothing else, as no other schema file changed).
  const name = `remove_${ids.join("_").replace(/-/g, "_")}`;
  execFileSync("npx", ["drizzle-kit", "generate", "--name", name], { stdio: ["ignore", "ignore", "inherit"] });
  const extra = removing.flatMap((m) => m.removalSql ?? []);
  const migration = readdirSync("db/migrations").filter((f) => f.endsWith(`_${name}.sql`)).sort().at(-1);
  if (extra.length && migration) appendFileSync(`db/migrations/${migration}`, extra.map((sql) => `--> statement-breakpoint\n${sql}\n`).join(""));
  console.log(`Removed ${ids.join(", ")}: files deleted, lib/modules.ts and .env.example edited, migration db/migrations/*_${name}.sql written, removal guide, OpenAPI document and API reference regenerated.`);
  console.log("Next: npx tsc --noEmit && npm test");
}

/** The env key names a module's keys.ts declares (read before the file is deleted). */
function keysDeclaredBy(id: string): string[] {
  const file = `lib/${id}/keys.ts`;
  if (!existsSync(file)) return [];
  return [...readFileSync(file, "utf8").matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
}

/** Drops the module's `# ── Name (lib/<id>/keys.ts) ──` section and any stray line naming its keys. */
function removeEnvSections(text: string, ids: string[], keys: string[]): string {
  const blocks = text.split(/\n(?=# ── )/);
  return blocks
    .filter((block) => !ids.some((id) => block.startsWith("# ── ") && block.split("\n")[0]!.includes(`(lib/${id}/keys.ts)`)))
    .map((block) => block.split("\n").filter((line) => !keys.some((key) => new RegExp(`^#?\\s*${key}=`).test(line))).join("\n"))
    .join("\n");
}

/** Drops pages whose file no longer exists from a fumadocs meta.json. */
function pruneMeta(path: string, text: string): string {
  const meta = JSON.parse(text) as { pages?: string[] };
  const folder = path.slice(0, path.lastIndexOf("/"));
  meta.pages = (meta.pages ?? []).filter((page) => existsSync(`${folder}/${page}.mdx`) || existsSync(`${folder}/${page}`));
  return `${JSON.stringify(meta)}\n`;
}

function edit(path: string, change: (text: string) => string): void {
  if (!existsSync(path)) return;
  writeFileSync(path, change(readFileSync(path, "utf8")));
}

const [command, ...args] = process.argv.slice(2);
if (command === "list") list();
else if (command === "remove") remove(args);
else fail("Usage: npm run module -- list | remove <id>...");

/** The text without the Markdown table rows that name one of `keys` (as `KEY`, in backticks). */
function dropTableRowsNaming(text: string, keys: readonly string[]): string {
  return text
    .split("\n")
    .filter((line) => !(line.startsWith("|") && keys.some((key) => line.includes(`\`${key}\``))))
    .join("\n");
}
