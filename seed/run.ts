import "@/db/load-env";
import { closeDb, databaseTarget } from "@/db/client";
import { runMigrations } from "@/db/migrator";
import { runScript } from "@/db/script";
import { isProduction } from "@/lib/runtime";
import { printLogins } from "./print";
import { seedDemo } from "./scenarios/demo";

await runScript(async () => {
  // The demo data signs in with published passwords (and a published TOTP secret): it must never
  // reach a production database.
  if (isProduction) {
    throw new Error("Refusing to seed demo data with NODE_ENV=production: its logins are public.");
  }
  const { driver } = databaseTarget();
  await runMigrations();
  const logins = await seedDemo();
  await closeDb();
  console.log(`Seeded the demo data (${driver}).\n`);
  printLogins(logins);
});
