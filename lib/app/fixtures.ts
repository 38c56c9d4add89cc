import type { ModuleFixtures, ModuleManifest } from "@/lib/manifest/define";
import { modules } from "./modules";

/** Every module's fixtures, loaded on first use (tests and the seed only). */
export async function loadFixtures(): Promise<(ModuleFixtures & { module: string })[]> {
  return Promise.all(
    (modules as readonly ModuleManifest[]).flatMap((m) => (m.fixtures ? [m.fixtures().then((f) => ({ ...f, module: m.id }))] : [])),
  );
}
