import "@/db/load-env";
import { closeDb, databaseTarget } from "@/db/client";
import { runMigrations } from "@/db/migrator";
import { seedDemo } from "./scenarios/demo";
import { printLogins } from "./print";

const { driver } = databaseTarget();
await runMigrations();
const logins = await seedDemo();
await closeDb();
console.log(`Seeded the demo data (${driver}).\n`);
printLogins(logins);
