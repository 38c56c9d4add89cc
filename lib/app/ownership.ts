import type { ModuleManifest } from "@/lib/manifest/define";

/**
 * The files a module owns: by convention `lib/<id>/`, `components/<id>/`, `db/schema/<id>.ts` and
 * its docs page, plus what its manifest lists under `owns`. Paths are relative to the repository
 * root; a folder owns everything under it. The removal command deletes exactly these, and the
 * dependency linter reads them to know which module a file belongs to.
 */
export function ownedPaths(m: ModuleManifest): string[] {
  return [
    `lib/${m.id}`,
    `components/${m.id}`,
    `db/schema/${m.id}.ts`,
    ...(m.docs ? [`content/docs/${m.docs}`] : []),
    ...(m.owns?.routes ?? []),
    ...(m.owns?.files ?? []),
  ];
}

/** Files that see every module: the module list, the assembled app and the other composition roots. */
export const compositionRoots = [
  "lib/modules.ts",
  "lib/app",
  "instrumentation.ts",
  "trigger",
  "tests",
  "e2e",
  "seed",
  "bench",
];

/** True when `file` is `path` or lies under it. */
export function isUnder(file: string, path: string): boolean {
  return file === path || file.startsWith(path.endsWith("/") ? path : `${path}/`);
}

/** The module that owns `file`, or undefined for core. The longest (most specific) claim wins. */
export function ownerOf(file: string, manifests: readonly ModuleManifest[]): ModuleManifest | undefined {
  let best: { m: ModuleManifest; length: number } | undefined;
  for (const m of manifests) {
    for (const path of ownedPaths(m)) {
      if (isUnder(file, path) && (!best || path.length > best.length)) best = { m, length: path.length };
    }
  }
  return best?.m;
}
