import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: `unit` (no database) and `integration` (a real database: in-memory PGlite by
// default, the Postgres in DATABASE_URL when set). Integration files end in `.int.test.ts`.
export default defineConfig({
  resolve: { alias: { "@": root.replace(/\/$/, "") } },
  test: {
    // next-intl's ESM build imports "next/server" without an extension, which Node's resolver
    // refuses (next has no "exports" map). Inlining lets Vite resolve it, as Next's bundler does;
    // without it any test importing proxy.ts fails to load.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,db,seed,emails,trigger,app,components}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.int.test.{ts,tsx}", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["{lib,db,seed,emails,trigger,app,tests}/**/*.int.test.{ts,tsx}"],
          environment: "node",
          globalSetup: ["tests/global-setup.ts"],
          setupFiles: ["tests/setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
