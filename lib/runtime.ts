/**
 * Where this code is running. Read once here so the rest of the app never inspects
 * `process.env.NODE_ENV` / `NEXT_PHASE` itself.
 */
export const isBuildPhase = process.env.NEXT_PHASE === "phase-production-build";
export const isProduction = process.env.NODE_ENV === "production";
/** `next start` / a deployed server: production and not the build. */
export const isProductionRuntime = isProduction && !isBuildPhase;
export const isTest = process.env.NODE_ENV === "test" || process.env.VITEST === "true";
