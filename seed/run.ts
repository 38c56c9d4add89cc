import "@/db/load-env";
import { closeDb, databaseTarget } from "@/db/client";
import { runMigrations } from "@/db/migrator";
import { runScript } from "@/db/script";
import { printLogins } from "./print";
import { seedDemo } from "./scenarios/demo";

await runScript(async () => {
  const { driver } = databaseTarget();
  await runMigrations();
  const logins = await seedDemo();
  await closeDb();
  console.log(`Seeded the demo data (${driver}).\n`);
  printLogins(logins);
});
