import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { supportScreenshots } from "@/db/schema/support";
import { errors } from "@/lib/errors";
import { readBodyBytes } from "@/lib/http/body";
import { supportError } from "./catalog";
import { maxScreenshotBytes, sniffScreenshotType } from "./screenshot-type";

const tooLarge = () => supportError("screenshot_too_large", `A screenshot may be at most ${maxScreenshotBytes / 1024 / 1024} MB.`);

/** The screenshot's bytes from a request body, refused past the limit (before reading, when declared). */
export function readScreenshotBody(req: Request): Promise<Uint8Array> {
  return readBodyBytes(req, maxScreenshotBytes, tooLarge);
}

/**
 * Stores a ticket's one screenshot, typed by its bytes. The caller has checked who may attach to
 * the ticket. A second upload is refused (ON CONFLICT: two at once store one).
 */
export async function storeScreenshot(ticketId: string, data: Uint8Array): Promise<{ contentType: string; size: number }> {
  if (data.byteLength > maxScreenshotBytes) throw tooLarge();
  const contentType = sniffScreenshotType(data);
  if (!contentType) throw supportError("screenshot_type_not_allowed", "Attach a PNG, JPEG or WebP image.");
  const [stored] = await db
    .insert(supportScreenshots)
    .values({ ticketId, contentType, size: data.byteLength, data: Buffer.from(data) })
    .onConflictDoNothing()
    .returning({ contentType: supportScreenshots.contentType, size: supportScreenshots.size });
  if (!stored) throw supportError("screenshot_exists", "This ticket has a screenshot already.");
  return stored;
}

/** A ticket's screenshot as an image answer that cannot run as anything else. */
export async function screenshotResponse(ticketId: string): Promise<Response> {
  const [shot] = await db.select().from(supportScreenshots).where(eq(supportScreenshots.ticketId, ticketId)).limit(1);
  if (!shot) throw errors.notFound("Screenshot");
  return new Response(new Uint8Array(shot.data), {
    headers: {
      "content-type": shot.contentType,
      "content-length": String(shot.size),
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, no-store",
    },
  });
}
