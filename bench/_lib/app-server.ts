import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import pg from "pg";

/**
 * The app as a user runs it, for benches: a production build served by `next start` on a fresh
 * database, and customers made through its API. Shared by bench/http.ts and bench/crash.ts.
 */

export type Team = {
  tenantId: string;
  cookie: string;
  live: string;
  test: string;
};

/** A throwaway database: a new one on the Postgres server `serverUrl` names, else a PGlite directory. */
export async function freshDatabase(serverUrl: string | undefined): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!serverUrl?.startsWith("postgres")) {
    const dir = `/tmp/keel-bench-app-${process.pid}`;
    const remove = () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.lock`, { force: true }); // db/pglite-lock.ts keeps it beside the directory
    };
    remove();
    return { url: `pglite:${dir}`, drop: async () => remove() };
  }
  const name = `keel_bench_app_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`).catch((e: unknown) => console.error(`could not drop ${name}:`, e));
      await admin.end();
    },
  };
}

/** The server's environment: production, the simulator for payments, one proxy hop trusted. */
export function serverEnv(origin: string, databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_URL: origin,
    NEXT_PUBLIC_APP_URL: origin,
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123456789",
    AUTH_EMAIL_VERIFICATION: "optional",
    // Each request names its client in X-Forwarded-For (clientAddress()), as behind one proxy.
    TRUSTED_PROXY_HOPS: "1",
    // A production server runs the simulator only when told to (lib/billing/keys.ts).
    BILLING_PROVIDER: "simulator",
    BILLING_SIMULATOR_WEBHOOK_SECRET: "whsec_YmVuY2gtaHR0cC1zaW11bGF0b3Itc2VjcmV0",
    // The simulator's webhook arrives through the job queue: poll it often during setup.
    JOBS_POLL_MS: "200",
  };
}

/** Builds once when there is no build. */
export function ensureBuild(): void {
  if (existsSync(".next/BUILD_ID")) return;
  console.log("No build found: next build …");
  const built = spawnSync("node", ["node_modules/next/dist/bin/next", "build"], { env: { ...process.env, DATABASE_URL: undefined }, stdio: "inherit" });
  if (built.status !== 0) throw new Error("next build failed.");
}

/** `next start` on `port`, waited for until /internal/health answers. Not through npx: killing npx leaves next-server running. */
export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  await waitFor(`http://localhost:${port}/internal/health`);
  return server;
}

/** Sends `signal` to the server's whole process group and waits for it to exit. */
export async function stopServer(server: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  // Exited already (a code, or the signal that ended it): its "exit" event will not come again.
  if (server.exitCode !== null || server.signalCode !== null || !server.pid) return server.exitCode;
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  // next start runs next-server as its child: the SIGTERM goes to both, SIGKILL must too.
  process.kill(-server.pid, signal);
  return exited;
}

/** One team on Pro (20,000 credits) with a live and a test key: sign-up, checkout, simulated payment, keys. */
export async function makeTeam(origin: string, i: number): Promise<Team> {
  const ip = clientAddress();
  const signUp = await fetch(`${origin}/api/auth/sign-up/email`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin,
      "x-forwarded-for": ip,
    },
    body: JSON.stringify({
      name: `Bench ${i}`,
      email: `bench-${i}-${Date.now()}@bench.keel.local`,
      password: "violet-ferry-42-anchor",
    }),
  });
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!signUp.ok || !cookie) throw new Error(`Sign-up answered ${signUp.status}: ${await signUp.text()}`);
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: {
        cookie,
        origin,
        "x-forwarded-for": ip,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  const { data } = await call<{ data: { id: string }[] }>("GET", "/tenants");
  const tenantId = data[0]!.id;
  const { checkoutId } = await call<{ checkoutId: string }>("POST", "/billing/checkout", { plan: "pro", interval: "month" });
  await call("POST", `/billing/simulator/checkouts/${checkoutId}/complete`, {
    outcome: "succeed",
  });
  for (let tries = 0; ; tries++) {
    const subscription = await call<{ plan: string; state: string }>("GET", "/billing/subscription");
    if (subscription.plan === "pro" && subscription.state === "active") break;
    if (tries > 150) throw new Error(`Team ${i} is still on ${subscription.plan} (${subscription.state}) 30 s after paying.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const key = (environment: "live" | "test") =>
    call<{ key: string }>("POST", `/tenants/${tenantId}/api-keys`, {
      name: `bench ${environment}`,
      environment,
      scopes: ["usage:write"],
      // Pro's ceiling per team (lib/api-keys/limits.ts); the per-key default of 600 would trip first.
      rateLimit: { limit: 6_000, windowSeconds: 60 },
    }).then((created) => created.key);
  return { tenantId, cookie, live: await key("live"), test: await key("test") };
}

/** A client address in 10.0.0.0/8, different on almost every call. */
export function clientAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${1 + randomInt(254)}`;
}

/**
 * Waits until the server has worked off what a finished load run left it: autocannon ends a run by
 * closing its sockets with requests in flight, and the server still runs them. On PGlite (one
 * connection, in the server's own thread) the next run's first requests waited behind those for up
 * to 10 s, and counted as timeouts of a target that had nothing to do with them. Idle is the health
 * check (a database round trip) answering within 100 ms twice running; at most 30 s.
 */
export async function waitUntilIdle(origin: string): Promise<void> {
  let quiet = 0;
  for (const deadline = Date.now() + 30_000; quiet < 2 && Date.now() < deadline; ) {
    const started = performance.now();
    await fetch(`${origin}/internal/health`).catch(() => undefined);
    quiet = performance.now() - started < 100 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within 60 s.`);
}

export function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}
