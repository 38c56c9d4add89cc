import { DatabaseLockedError } from "./pglite-lock";

/**
 * Runs a command-line script: a known, user-fixable failure (the embedded database is held by
 * the dev server) prints its message alone, without a stack trace, and exits 1.
 */
export async function runScript(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (error instanceof DatabaseLockedError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
