import { coreError } from "@/lib/errors";

/** The largest JSON body a route accepts unless it says otherwise. */
export const defaultMaxBodyBytes = 1024 * 1024;

/** Parses a JSON body already read as text; malformed JSON answers 400 `invalid_json`. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw coreError("invalid_json", "The request body is not valid JSON.");
  }
}

/** The raw body as text (what signature checks need), at most `maxBytes`. */
export async function readTextBody(req: Request, maxBytes = defaultMaxBodyBytes): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(req, maxBytes));
}

/**
 * The raw body's bytes, at most `maxBytes`: a declared Content-Length over it is refused before
 * reading, and reading stops as soon as the body passes it. `refuse` makes the error (413 by default).
 */
export async function readBodyBytes(req: Request, maxBytes: number, refuse: () => Error = () => tooLarge(maxBytes)): Promise<Uint8Array> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw refuse();
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number) {
  return coreError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
}
