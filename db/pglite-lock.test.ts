import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquirePgliteLock } from "./pglite-lock";

/** Opens the database in a separate Node process, the way a second `npm run dev` would. */
function openInAnotherProcess(dir: string) {
  const script = join(dir, "..", "open.mts");
  const client = join(process.cwd(), "db", "client.ts");
  writeFileSync(script, `const m = await import(${JSON.stringify(client)});\nawait m.db.execute("select 1");\nawait m.closeDb();\n`);
  return spawnSync("npx", ["tsx", script], {
    env: { ...process.env, DATABASE_URL: `pglite:${dir}` },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("PGlite lock", () => {
  it("makes a second process fail with a clear message while the first holds the directory", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "keel-lock-")), "db");
    const release = acquirePgliteLock(dir);
    try {
      const second = openInAnotherProcess(dir);
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain(`in use by another process (pid ${process.pid})`);
    } finally {
      release();
    }
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("takes over a lock left by a process that has died", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "keel-lock-")), "db");
    writeFileSync(`${dir}.lock`, "999999999"); // no such pid
    const release = acquirePgliteLock(dir);
    release();
  });

  it("lets the same process take it again (dev reloads)", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "keel-lock-")), "db");
    const release = acquirePgliteLock(dir);
    acquirePgliteLock(dir)();
    release();
  });
});
