/** The largest screenshot kept in the database (files move to storage in a later issue). */
export const maxScreenshotBytes = 2 * 1024 * 1024;

/** The image types a screenshot may be, and is served back as. */
export const screenshotTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export type ScreenshotType = (typeof screenshotTypes)[number];

const startsWith = (data: Uint8Array, bytes: readonly number[], at = 0) => bytes.every((b, i) => data[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The image type the bytes really are, by their magic numbers, or null. The Content-Type a client
 * sends is not trusted: the stored type is the one served back, so it must match the bytes.
 */
export function sniffScreenshotType(data: Uint8Array): ScreenshotType | null {
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(data, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(data, ascii("RIFF")) && startsWith(data, ascii("WEBP"), 8)) return "image/webp";
  return null;
}
