import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Every env key the code declares: the schema keys of each `keys.ts` and of `lib/env.ts`. */
function declaredEnvNames(): Set<string> {
  const files = ["db/keys.ts", "lib/env.ts", ...readdirSync("lib", { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("/keys.ts")).map((f) => join("lib", f))];
  const names = new Set<string>();
  for (const file of files) for (const match of readFileSync(file, "utf8").matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)) names.add(match[1]!);
  return names;
}

describe("the deploy guides", () => {
  it("name only environment variables the code declares", () => {
    const declared = declaredEnvNames();
    expect(declared.has("DATABASE_URL") && declared.has("CRON_SECRET") && declared.has("RESEND_WEBHOOK_SECRET")).toBe(true);
    const unknown: string[] = [];
    for (const page of readdirSync("content/docs/deploy").filter((f) => f.endsWith(".mdx"))) {
      const text = readFileSync(join("content/docs/deploy", page), "utf8");
      // Env-like names: upper case with an underscore (DATABASE_URL), as written in the pages.
      for (const [name] of text.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)) if (!declared.has(name)) unknown.push(`${page}: ${name}`);
    }
    expect([...new Set(unknown)]).toEqual([]);
  });
});
