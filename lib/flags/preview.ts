import { getFlag } from "./store";
import { compileFlag, evaluateFlag } from "./evaluate";
import { flagContextFor } from "./context";
import { currentEnvironment } from "./snapshot";

/** "Who gets it": what `key` answers for a user and/or tenant now, and which rule decided, archived flags included. */
export async function previewFlag(key: string, input: { userId?: string; tenantId?: string }) {
  const flag = await getFlag(key);
  const compiled = compileFlag({ ...flag, environments: flag.environments as never }, currentEnvironment());
  return evaluateFlag(compiled, await flagContextFor(input));
}
