import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Which message keys the source never uses. Keys are looked up as `t("key")` after
 * `useTranslations("namespace")`/`getTranslations(...)`, so a key `a.b.c` counts as used when one
 * file holds a string literal for a prefix of it (the namespace, or none) and one for the rest
 * (`"a.b"` and `"c"`, or `"a"` and `"b.c"`, or `"a.b.c"`). A template literal stands for the keys
 * it can build: `` `features.${id}.title` `` covers `features.zeroAccounts.title`. A heuristic, on
 * purpose: it needs no naming convention, and a false "used" costs less than a false alarm.
 */
export function unusedKeys(keys: readonly string[], roots: readonly string[]): string[] {
  const files = roots.flatMap(sourceFiles).map(literalsOf);
  return keys.filter((key) => !files.some((file) => usesKey(file, key)));
}

type FileLiterals = { strings: Set<string>; templates: RegExp[] };

function usesKey(file: FileLiterals, key: string): boolean {
  const parts = key.split(".");
  for (let i = 0; i < parts.length; i++) {
    const namespace = parts.slice(0, i).join(".");
    const rest = parts.slice(i).join(".");
    if (i > 0 && !file.strings.has(namespace)) continue;
    if (file.strings.has(rest) || file.templates.some((pattern) => pattern.test(rest))) return true;
  }
  return false;
}

function literalsOf(path: string): FileLiterals {
  const source = readFileSync(path, "utf8");
  const strings = new Set<string>();
  // A module's own files name keys in its namespace without spelling it (`title: "onboarding.createProject"`
  // in lib/projects/ is `projects.onboarding.createProject`), as manifests do.
  const owner = /^(?:lib|components)\/([a-z-]+)\//.exec(path)?.[1];
  if (owner) strings.add(owner);
  for (const match of source.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'/g)) strings.add(match[1] ?? match[2]!);
  const templates: RegExp[] = [];
  // Only templates shaped like a key (word characters, dots, interpolations) with a literal part:
  // `` `${a}${b}` `` would otherwise match every key.
  for (const match of source.matchAll(/`((?:[\w.]|\$\{[^}`]*\})*\$\{[^}`]*\}(?:[\w.]|\$\{[^}`]*\})*)`/g)) {
    const pieces = match[1]!.split(/\$\{[^}]*\}/);
    if (!pieces.some((piece) => /[A-Za-z]/.test(piece))) continue;
    const pattern = pieces.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\w.]+");
    templates.push(new RegExp(`^${pattern}$`));
  }
  return { strings, templates };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(tsx?|mdx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes("node_modules"))
    .map((file) => join(dir, file));
}
