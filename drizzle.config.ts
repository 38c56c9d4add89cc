import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL from the schema here; migrations are applied by db/migrate.ts,
// which knows how to open every driver Keel supports (PGlite included).
export default defineConfig({
  dialect: "postgresql",
  // Every file in db/schema: one per module, so removing a module removes its tables.
  schema: "./db/schema",
  out: "./db/migrations",
  casing: "snake_case",
});
