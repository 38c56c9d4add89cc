/**
 * `npm run lint:deps` (part of `npm run lint`): the module boundaries, checked by
 * dependency-cruiser with rules generated from the manifests, so they follow the module list:
 * - core never depends on an optional module, nor on the assembled app (lib/app, lib/modules.ts);
 * - an optional module depends only on core and on the modules its manifest names;
 * - only lib/app imports the module list;
 * - app/ and components/ never import db/ (they call lib/);
 * - the public site (app/[locale]) and the next-intl request config never reach the module list;
 * - no import cycles in lib/ (type-only imports excepted: they vanish at run time).
 * Exits 1 and prints each violation when one is found.
 */
import { cruise, type IForbiddenRuleType } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import type { ModuleManifest } from "@/lib/manifest/define";
import { modules } from "../modules";
import { compositionRoots, ownedPaths } from "../ownership";

const manifests: readonly ModuleManifest[] = modules;
const escape = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const anyOf = (paths: string[]) => (paths.length ? `^(${paths.map((p) => `${escape(p)}(/|$)`).join("|")})` : "^$");

const optional = manifests.filter((m) => !m.core);
const optionalPaths = optional.flatMap(ownedPaths);
const rootPaths = compositionRoots;
// Next.js entry files may import the assembled app (lib/app): it is how routes and pages get
// route(), the session and the matrix (see lib/app/index.ts for why).
const entryFiles = "^app/.*/(route|page|layout|actions|not-found)\\.tsx?$|^app/[a-z-]+\\.tsx?$|^app/\\(portal\\)/dashboard/_lib/";

const rules: IForbiddenRuleType[] = [
  {
    name: "core-not-to-optional",
    comment: "Only the module list names an optional module: anything else would break when it is removed.",
    severity: "error",
    from: { pathNot: [anyOf(optionalPaths), "^lib/modules\\.ts$"] },
    to: { path: anyOf(optionalPaths) },
  },
  ...optional.map<IForbiddenRuleType>((m) => {
    const allowed = new Set([m.id, ...(m.dependsOn ?? [])]);
    const others = optional.filter((o) => !allowed.has(o.id));
    return {
      name: `${m.id}-only-to-its-dependencies`,
      comment: `${m.id} may use core and ${[...allowed].filter((id) => id !== m.id).join(", ") || "no other module"} (its manifest's dependsOn).`,
      severity: "error",
      from: { path: anyOf(ownedPaths(m)) },
      to: { path: anyOf(others.flatMap(ownedPaths)), pathNot: anyOf(ownedPaths(m)) },
    };
  }),
  {
    name: "only-composition-roots-see-the-app",
    comment: "lib/app and lib/modules.ts see every module; only composition roots and Next.js entry files may import them.",
    severity: "error",
    from: { pathNot: [anyOf(rootPaths), entryFiles, "\\.test\\.tsx?$"] },
    to: { path: anyOf(["lib/app", "lib/modules.ts"]) },
  },
  {
    name: "only-lib-app-imports-the-module-list",
    severity: "error",
    from: { pathNot: anyOf(["lib/app", "lib/modules.ts"]) },
    to: { path: "^lib/modules\\.ts$" },
  },
  {
    name: "app-never-queries-the-database",
    comment: "Pages, routes and components call lib/<module> functions; only lib/ and db/ touch the database.",
    severity: "error",
    from: { path: "^(app|components)/" },
    to: { path: "^db/" },
  },
  {
    name: "public-site-never-reaches-the-manifests",
    comment:
      "Manifests import the portal's and admin's components; Next ships every client component a layout's server code reaches in its first-load JS. The public site and the next-intl request config use lib/app/module-index.ts instead.",
    severity: "error",
    from: { path: "^(app/\\[locale\\]/|lib/app/i18n-request\\.ts$)" },
    to: { path: "^lib/modules\\.ts$", reachable: true },
  },
  {
    name: "no-cycles-in-lib",
    severity: "error",
    from: { path: "^lib/" },
    to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
  },
];

const result = await cruise(
  ["app", "components", "lib", "db", "emails", "seed", "tests", "trigger", "e2e", "bench", "instrumentation.ts"],
  {
    validate: true,
    ruleSet: { forbidden: rules },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // .source/ is fumadocs-mdx's generated index of content/ (it imports every page): not code.
    exclude: { path: "(^|/)node_modules/|^\\.next/|^\\.source/" },
    doNotFollow: { path: "node_modules" },
    outputType: "err",
  },
  {},
  { tsConfig: extractTSConfig("tsconfig.json") },
);

const output = typeof result.output === "string" ? result.output : JSON.stringify(result.output);
if (result.exitCode > 0) {
  console.error(output);
  process.exit(1);
}
console.log(`Module boundaries hold: ${manifests.length} modules (${optional.length} optional), ${rules.length} rules.`);
