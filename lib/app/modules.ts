import * as moduleList from "@/lib/modules";
import { assembleApp } from "@/lib/manifest/assembled";
import type { ModuleManifest } from "@/lib/manifest/define";

/** Every manifest of the module list, as its literal type (so permissions stay typed). */
export type AppModule = (typeof moduleList)[keyof typeof moduleList];

/**
 * The modules, dependencies before dependents. Throws at start when a module depends on one that
 * is not in the list: the module list and the manifests must agree.
 */
export const modules: readonly AppModule[] = orderByDependencies(Object.values(moduleList));

// Modules that read each other's contributions at run time find them here (lib/manifest/assembled.ts).
assembleApp(modules);

function orderByDependencies<M extends ModuleManifest>(list: M[]): M[] {
  const byId = new Map(list.map((m) => [m.id, m]));
  const ordered: M[] = [];
  const visiting = new Set<string>();
  const visit = (m: M) => {
    if (ordered.includes(m)) return;
    if (visiting.has(m.id)) throw new Error(`Modules depend on each other in a cycle through "${m.id}".`);
    visiting.add(m.id);
    for (const dep of m.dependsOn ?? []) {
      const target = byId.get(dep);
      if (!target) throw new Error(`Module "${m.id}" depends on "${dep}", which is not in lib/modules.ts.`);
      visit(target);
    }
    visiting.delete(m.id);
    ordered.push(m);
  };
  [...list].sort((a, b) => a.id.localeCompare(b.id)).forEach(visit);
  return ordered;
}
