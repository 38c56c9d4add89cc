import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createMDX } from "fumadocs-mdx/next";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { withSentryConfig } from "@sentry/nextjs/config";
import { staticSecurityHeaders } from "./lib/http/content-security-policy";
import { apiPrefixes, scanRouteTable } from "./lib/http/route-table";
import { appPatterns, localizedPrefixes } from "./lib/i18n/site-paths";

const appDir = fileURLToPath(new URL("./app", import.meta.url));
const prefixes = apiPrefixes(appDir);
// Under the API prefixes proxy.ts answers unknown paths and wrong methods in the error envelope;
// it needs every pattern there, pages included (/billing has both). Read once, at build time.
const apiRouteTable = scanRouteTable(appDir).filter((entry) => prefixes.includes(entry.pattern.split("/")[1] ?? ""));

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files it loads from its own package folder; bundling breaks the paths.
  // argon2 is a native addon. Both must be required from node_modules at run time. Sentry's server
  // SDK (with its OpenTelemetry instrumentations) and prom-client are plain Node packages: bundled,
  // they took a cold build from 2 to 7 minutes; required at run time they cost nothing to build.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "ws", "@sentry/nextjs", "@sentry/node", "prom-client"],
  typedRoutes: false,
  // Next's own list: fumadocs-mdx would add md/mdx, but content lives in content/, never in app/.
  pageExtensions: ["tsx", "ts", "jsx", "js"],
  // Boot applies pending migrations (lib/app/boot.ts) from db/migrations, read at run time, which
  // file tracing cannot see: ship them with every server function (Vercel, standalone output).
  outputFileTracingIncludes: { "/**": ["./db/migrations/**/*"] },
  env: {
    KEEL_API_ROUTE_TABLE: JSON.stringify({ prefixes, table: apiRouteTable }),
    // The first path segments of the public site (app/[locale]): proxy.ts sends only these through
    // next-intl's locale routing; portal, admin, auth and API URLs stay unprefixed.
    KEEL_LOCALIZED_PREFIXES: JSON.stringify(localizedPrefixes(appDir)),
    // Every other URL pattern: a path none of them matches gets the prerendered 404
    // (app/global-not-found.tsx), so proxy.ts gives it the public site's policy, without a nonce.
    KEEL_APP_PATTERNS: JSON.stringify(appPatterns(appDir)),
  },
  experimental: {
    // The app has one root layout per area (lib/site-metadata.ts): unmatched URLs need their own page.
    globalNotFound: true,
    // Turbopack's build cache pays off on a machine that builds again; a CI build starts from a
    // fresh clone and never reads it, and writing it took 44-67 s of a 3.5 min build here.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
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

// next-intl reads its per-request configuration (locale, messages) from lib/app/i18n-request.ts.
const withIntl = createNextIntlPlugin("./lib/app/i18n-request.ts");
// fumadocs-mdx compiles content/docs and content/blog (source.config.ts) into .source/ and adds
// its MDX loaders. Outermost: what it returns is awaited by Next, so .source/ exists before the build.
const withMDX = createMDX();

// Sentry's build step (lib/observability/sentry.ts is the runtime side). It uploads source maps
// only when SENTRY_AUTH_TOKEN is set, so a build with no Sentry account, offline included, works
// and sends nothing; no telemetry about the build goes to Sentry either way.
const withSentry = (config: NextConfig) =>
  withSentryConfig(config, {
    org: process.env.SENTRY_ORG,
    project: process.env.SENTRY_PROJECT,
    authToken: process.env.SENTRY_AUTH_TOKEN,
    sourcemaps: { disable: !process.env.SENTRY_AUTH_TOKEN },
    release: { create: Boolean(process.env.SENTRY_AUTH_TOKEN) },
    telemetry: false,
    silent: !process.env.SENTRY_AUTH_TOKEN,
  });

export default withMDX(withSentry(withIntl(nextConfig)));
