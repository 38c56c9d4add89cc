import { isBuildPhase, isNodeRuntime } from "./lib/runtime";

// Next.js calls register() once per server process before it serves requests.
export async function register() {
  if (!isNodeRuntime || isBuildPhase) return;
  const { bootServer } = await import("./lib/boot");
  await bootServer();
}
