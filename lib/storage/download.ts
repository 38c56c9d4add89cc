import { z } from "zod";
import { errors } from "@/lib/errors";
import { storageError } from "./catalog";
import { checkDownload, isDownloadFilename } from "./download-signature";
import { isObjectKey } from "./object-key";
import { getObject } from "./objects";

/** The query of a signed link (lib/storage/download-signature.ts); a missing part fails the signature, not validation. */
export const downloadQuery = z.object({
  expires: z.string().optional().describe("Unix seconds after which the link is refused."),
  filename: z.string().optional().describe("The name to save the file as, covered by the signature."),
  signature: z.string().optional().describe("Hex HMAC-SHA-256 of the key, `expires` and `filename`."),
});

/** `GET /storage/<key>`, described for the API docs: the answer is the file itself. */
export const downloadResponseBody = z.string().describe("The file's bytes with its stored `Content-Type`, as an attachment (`Content-Disposition`), never cached.");

/**
 * Answers a signed link: 403 `link_invalid` for a signature that does not match (an edited key,
 * expiry or filename), 403 `link_expired` past its expiry, 404 when the object is gone (deleted,
 * expired, swept), else the bytes as a download that cannot render as a page of this origin.
 */
export async function downloadResponse(key: string, query: z.output<typeof downloadQuery>, now = new Date()): Promise<Response> {
  const expires = /^\d{1,12}$/.test(query.expires ?? "") ? Number(query.expires) : Number.NaN;
  const check = checkDownload({ key, expires, filename: query.filename, signature: query.signature ?? "" }, now);
  if (check === "invalid") throw storageError("link_invalid", "This download link is not valid: it is incomplete or was altered. Ask for a new one.");
  if (check === "expired") throw storageError("link_expired", "This download link has expired. Ask for a new one.");
  const object = isObjectKey(key) ? await getObject(key) : null;
  if (!object) throw errors.notFound("File");
  const filename = query.filename !== undefined && isDownloadFilename(query.filename) ? query.filename : key.slice(key.lastIndexOf("/") + 1);
  return new Response(new Uint8Array(object.body), {
    headers: {
      "content-type": object.contentType,
      "content-length": String(object.body.byteLength),
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      // Should a browser render it anyway (an uploaded HTML file), it runs nothing and reaches nothing.
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
