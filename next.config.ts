import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files it loads from its own package folder; bundling breaks the paths.
  // argon2 is a native addon. Both must be required from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "ws"],
  typedRoutes: false,
  // Type-checking and lint run in `npm test`; doing them again in `next build` doubles the build time.
  typescript: { ignoreBuildErrors: true },
  // This folder is the app, even when it sits inside another project (a scratch copy, a monorepo).
  turbopack: { root: dirname(fileURLToPath(import.meta.url)) },
};

export default nextConfig;
