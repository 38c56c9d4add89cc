import { logger } from "@/lib/observability";

/**
 * Work a server process must finish before it exits: buffers written behind (the API request log)
 * and writes in flight. `next start` exits at once on SIGTERM or SIGINT; `handleShutdownSignals`
 * (called at boot) runs every hook first, then hands the signal to Next.js's own handler.
 *
 * The hooks live on globalThis: Next.js bundles instrumentation and each route separately, so a
 * module-level list in one bundle would be invisible to the others.
 */
type Hook = { name: string; run: () => Promise<void> };
const key = Symbol.for("keel.shutdown");
type GlobalWithHooks = typeof globalThis & {
  [key]?: { hooks: Map<string, Hook>; installed: boolean };
};
const store = ((globalThis as GlobalWithHooks)[key] ??= {
  hooks: new Map(),
  installed: false,
});

/** Runs `run` before the process exits on a signal. One hook per name: registering again replaces it. */
export function onShutdown(name: string, run: () => Promise<void>): void {
  store.hooks.set(name, { name, run });
}

/** Runs every hook once, each bounded by `timeoutMs`; a failing hook is logged, never thrown. */
export async function runShutdownHooks(timeoutMs = 10_000): Promise<void> {
  await Promise.all(
    [...store.hooks.values()].map(async (hook) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
      try {
        if ((await Promise.race([hook.run(), timeout])) === "timeout")
          logger.warn("Shutdown hook timed out", {
            hook: hook.name,
            timeoutMs,
          });
      } catch (error) {
        logger.error("Shutdown hook failed", {
          hook: hook.name,
          error: error instanceof Error ? error.message : String(error),
        });
      } finally {
        clearTimeout(timer);
      }
    }),
  );
}

/**
 * Puts the hooks in front of the handlers already listening for SIGTERM and SIGINT (Next.js's,
 * which exit the process): on a signal the hooks run, then those handlers do. Once per process.
 */
export function handleShutdownSignals(): void {
  if (store.installed) return;
  store.installed = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const earlier = process.listeners(signal);
    process.removeAllListeners(signal);
    process.once(signal, () => {
      void runShutdownHooks().finally(() => {
        if (earlier.length === 0) process.exit(signal === "SIGTERM" ? 143 : 130);
        for (const handler of earlier) handler(signal);
      });
    });
  }
}
