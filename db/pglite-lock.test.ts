import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { acquirePgliteLock, DatabaseLockedError } from "./pglite-lock";

const freshDir = () => join(mkdtempSync(join(tmpdir(), "keel-lock-")), "db");
const owner = (dir: string) => readFileSync(`${dir}.lock`, "utf8");

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

/** A live process other than this one, standing in for a running `npm run dev`. */
async function otherProcess() {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { stdio: "ignore" });
  await new Promise((resolve) => child.once("spawn", resolve));
  return {
    pid: child.pid!,
    async kill() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    },
  };
}

describe("PGlite lock", () => {
  it("makes a second process fail with a clear message while the first holds the directory", () => {
    const dir = freshDir();
    const release = acquirePgliteLock(dir);
    try {
      expect(owner(dir)).toBe(String(process.pid));
      const second = openInAnotherProcess(dir);
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain(`in use by another process (pid ${process.pid})`);
      expect(owner(dir)).toBe(String(process.pid)); // the refused process left the lock alone
    } finally {
      release();
    }
    expect(existsSync(`${dir}.lock`)).toBe(false);
    // It starts a second Node process (tsx compiling the lock module): seconds on a busy machine.
  }, 60_000);

  it("refuses while another live process holds it, and takes it once that process is gone", async () => {
    const dir = freshDir();
    const other = await otherProcess();
    try {
      writeFileSync(`${dir}.lock`, String(other.pid));
      expect(() => acquirePgliteLock(dir)).toThrow(DatabaseLockedError);
      expect(() => acquirePgliteLock(dir)).toThrow(`(pid ${other.pid})`);
      expect(owner(dir)).toBe(String(other.pid));
    } finally {
      await other.kill();
    }
    // Its owner died without releasing (SIGKILL): the lock is stale and changes hands.
    const release = acquirePgliteLock(dir);
    expect(owner(dir)).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("takes over a lock whose pid is not running, or that holds no pid at all", () => {
    for (const stale of ["999999999", "garbage"]) {
      const dir = freshDir();
      writeFileSync(`${dir}.lock`, stale);
      const release = acquirePgliteLock(dir);
      expect(owner(dir)).toBe(String(process.pid));
      release();
      expect(existsSync(`${dir}.lock`)).toBe(false);
    }
  });

  it("lets the same process take it again (dev reloads) without the second release freeing it", () => {
    const dir = freshDir();
    const release = acquirePgliteLock(dir);
    acquirePgliteLock(dir)();
    expect(owner(dir)).toBe(String(process.pid)); // the first owner still holds it
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it("does not delete a lock another process has taken since", () => {
    const dir = freshDir();
    const release = acquirePgliteLock(dir);
    writeFileSync(`${dir}.lock`, "999999999"); // e.g. ours was judged stale and taken over
    release();
    expect(owner(dir)).toBe("999999999");
  });
});
