import type { ModuleManifest } from "@/lib/manifest/define";
import type { Ports } from "@/lib/manifest/ports";
import { modules } from "./modules";

function provided<K extends keyof Ports>(port: K): Ports[K] {
  const providers = (modules as readonly ModuleManifest[]).filter((m) => m.provides?.[port]);
  if (providers.length > 1) throw new Error(`Two modules provide the ${port} port: ${providers.map((m) => m.id).join(", ")}.`);
  return providers[0]?.provides?.[port];
}

/** Spending credits, when the credits module is installed; without it metered calls are free. */
export const creditsPort = provided("credits");
