import { readdirSync, readFileSync } from "node:fs";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import type { ModuleManifest } from "@/lib/manifest/define";
import { auditActions, errorCodes, eventCatalog, idPrefixes, notificationTypes } from "./catalogs";
import { jobs } from "./jobs";
import { modules } from "./modules";
import { ownedPaths } from "./ownership";

// The central lists are folded from the manifests; these checks keep the manifests honest.
const manifests: readonly ModuleManifest[] = modules;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => `${dir}/${f}`);
}

describe("the module catalogs", () => {
  it("has no error code, id prefix, audit action or job declared twice", () => {
    const twice = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    expect(twice(errorCodes.map((e) => e.code))).toEqual([]);
    expect(twice(idPrefixes.map((p) => p.prefix))).toEqual([]);
    expect(twice(auditActions.map((a) => a.action))).toEqual([]);
    expect(twice(notificationTypes.map((n) => n.type))).toEqual([]);
    expect(jobs.jobs.size).toBeGreaterThan(0);
  });

  it("has every audit action a module records declared in that module's manifest", () => {
    const undeclared: string[] = [];
    for (const m of manifests) {
      const declared = new Set(m.auditActions ?? []);
      const files = ownedPaths(m).filter((p) => p.startsWith("lib/")).flatMap((p) => (p.endsWith(".ts") ? [p] : sourceFiles(p)));
      for (const file of files) {
        for (const [, action] of readFileSync(file, "utf8").matchAll(/action: "([a-z_]+\.[a-z_]+)"/g)) {
          if (!declared.has(action!)) undeclared.push(`${m.id}: ${action} (${file})`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it("gives every table in db/schema to exactly the module whose file defines it", () => {
    const claimed = new Map<string, string>();
    for (const m of manifests) {
      for (const table of Object.values(m.tables ?? {})) if (is(table, PgTable)) claimed.set(getTableName(table), m.id);
    }
    const files = readdirSync("db/schema").filter((f) => f.endsWith(".ts") && f !== "columns.ts");
    for (const file of files) {
      const id = file.replace(/\.ts$/, "");
      const tables = [...readFileSync(`db/schema/${file}`, "utf8").matchAll(/pgTable\(\s*"([a-z_]+)"/g)].map((match) => match[1]!);
      for (const table of tables) expect(claimed.get(table), `${table} in db/schema/${file}`).toBe(id);
    }
  });

  it("names only modules that exist in dependsOn", () => {
    const ids = new Set(manifests.map((m) => m.id));
    for (const m of manifests) for (const dep of m.dependsOn ?? []) expect(ids, `${m.id} depends on ${dep}`).toContain(dep);
  });

  it("publishes each event type once, each with an example its schema accepts", () => {
    const types = eventCatalog.map((e) => e.type);
    expect(types.filter((t, i) => types.indexOf(t) !== i)).toEqual([]);
    for (const event of eventCatalog) {
      expect(event.type, "lowercase dotted: resource.action").toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(event.schema.safeParse(event.example).error, event.type).toBeUndefined();
    }
  });

  it("expands a subscription to every published event type", () => {
    const everyType = manifests.filter((m) => m.subscriptions?.["*"]);
    for (const m of everyType) {
      for (const job of m.subscriptions!["*"]!) {
        for (const { type } of eventCatalog) expect(jobs.subscribers.get(type), `${job.id} on ${type}`).toContain(job);
      }
    }
  });
});
