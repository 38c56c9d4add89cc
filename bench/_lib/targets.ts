import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import pg from "pg";

/**
 * Runs a benchmark once per database, each in a child process of its own (the database handle
 * and the parsed environment are per process). Postgres: a fresh database `keel_bench_<pid>` on
 * BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres), dropped afterwards. PGlite:
 * a fresh directory /tmp/keel-bench-pglite-<pid>, removed afterwards. BENCH_TARGETS picks
 * (default "postgres,pglite"). The child prints as it goes; a line `@@result <json>` is its
 * answer to the parent.
 */
export type Target = "postgres" | "pglite";

const adminUrl = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** In the child: the target it runs on, else null (this is the parent). */
export const childTarget = (process.env.BENCH_TARGET as Target | undefined) ?? null;

export function report(result: unknown): void {
  console.log(`@@result ${JSON.stringify(result)}`);
}

async function withDatabase<T>(target: Target, run: (url: string) => Promise<T>): Promise<T> {
  if (target === "pglite") {
    const dir = `/tmp/keel-bench-pglite-${process.pid}`;
    rmSync(dir, { recursive: true, force: true });
    try {
      return await run(`pglite:${dir}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.lock`, { force: true }); // db/pglite-lock.ts keeps it beside the directory
    }
  }
  const name = `keel_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await run(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`).catch((e: unknown) => console.error(`could not drop ${name}:`, e));
    await admin.end();
  }
}

function runChild(script: string, target: Target, databaseUrl: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script], {
      env: { ...process.env, BENCH_TARGET: target, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let result: unknown = null;
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("@@result ")) result = JSON.parse(line.slice("@@result ".length));
        else console.log(line);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(result) : reject(new Error(`${target} run exited with ${code}`))));
  });
}

/** In the parent: runs `script` on each target in turn; the results by target (failed ones skipped). */
export async function runOnTargets(script: string): Promise<Partial<Record<Target, unknown>>> {
  const targets = (process.env.BENCH_TARGETS ?? "postgres,pglite").split(",").map((t) => t.trim()) as Target[];
  const results: Partial<Record<Target, unknown>> = {};
  for (const target of targets) {
    console.log(`\n=== ${target} ===`);
    try {
      results[target] = await withDatabase(target, (url) => runChild(script, target, url));
    } catch (error) {
      console.log(`${target}: failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return results;
}
