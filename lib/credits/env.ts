import { keys } from "./keys";

/** The credits module's env keys, parsed once (lib/env.ts holds core's; each module owns its own). */
export const creditsEnv = keys();
