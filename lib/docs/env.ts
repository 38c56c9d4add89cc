import { keys } from "./keys";

/** The docs module's env keys, parsed once (lib/env.ts holds core's; each module owns its own). */
export const docsEnv = keys();
