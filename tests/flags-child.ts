/**
 * A second process for tests/flags.int.test.ts: evaluates one flag every 100 ms through its own
 * snapshot and prints each value it sees as a line `value <json>`. Run with the test's DATABASE_URL.
 */
import { flag } from "@/lib/flags/snapshot";

const key = process.argv[2]!;
for (;;) {
  console.log(`value ${JSON.stringify(await flag({ userId: "usr_child" }, key, null))}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
