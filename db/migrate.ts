import "./load-env";
import { closeDb, databaseTarget } from "./client";
import { runMigrations } from "./migrator";
import { runScript } from "./script";

await runScript(async () => {
  const { driver } = databaseTarget();
  const started = performance.now();
  await runMigrations();
  await closeDb();
  console.log(`Migrations applied (${driver}) in ${Math.round(performance.now() - started)} ms.`);
});
