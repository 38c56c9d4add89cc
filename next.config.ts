import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/http/content-security-policy";
import { apiPrefixes, scanRouteTable } from "./lib/http/route-table";

const appDir = fileURLToPath(new URL("./app", import.meta.url));
const prefixes = apiPrefixes(appDir);
// Under the API prefixes proxy.ts answers unknown paths and wrong methods in the error envelope;
// it needs every pattern there, pages included (/billing has both). Read once, at build time.
const apiRouteTable = scanRouteTable(appDir).filter((entry) => prefixes.includes(entry.pattern.split("/")[1] ?? ""));

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files it loads from its own package folder; bundling breaks the paths.
  // argon2 is a native addon. Both must be required from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "ws"],
  typedRoutes: false,
  // Boot applies pending migrations (lib/app/boot.ts) from db/migrations, read at run time, which
  // file tracing cannot see: ship them with every server function (Vercel, standalone output).
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  env: { KEEL_API_ROUTE_TABLE: JSON.stringify({ prefixes, table: apiRouteTable }) },
  // Says nothing a visitor needs and tells an attacker which framework to aim at.
  poweredByHeader: false,
  // The per-request CSP and HSTS are set by proxy.ts; these are the same on every response.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
  // Type-checking and lint run in `npm test`; doing them again in `next build` doubles the build time.
  typescript: { ignoreBuildErrors: true },
  // This folder is the app, even when it sits inside another project (a scratch copy, a monorepo).
  turbopack: { root: dirname(fileURLToPath(import.meta.url)) },
};

export default nextConfig;
