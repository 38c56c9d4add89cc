import type { z } from "zod";

/** Zod issues as `{ "path.to.field": "message" }`; a root issue is keyed `_root`. */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_root";
    fields[key] ??= issue.message;
  }
  return fields;
}
