import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { localDownloadUrl } from "../download-signature";
import { deleteRow, findLiveRow, saveRow } from "../rows";
import type { StorageAdapter } from "./types";

export type S3Config = {
  bucket: string;
  region: string;
  /** For S3-compatible services (R2, MinIO). @default AWS */
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `<endpoint>/<bucket>/<key>` addresses instead of `<bucket>.<endpoint>/<key>`. @default false */
  forcePathStyle: boolean;
};

/** The longest a SigV4 presigned URL may live (7 days); longer links go through /storage instead. */
export const maxPresignSeconds = 604_800;

const clients = new Map<string, S3Client>();

function clientFor(config: S3Config): S3Client {
  const id = JSON.stringify(config);
  let client = clients.get(id);
  if (!client) {
    client = new S3Client({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      forcePathStyle: config.forcePathStyle,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Checksums only where S3 demands them: several S3-compatible services refuse the newer defaults.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
    clients.set(id, client);
  }
  return client;
}

function isMissing(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata?.httpStatusCode === 404;
}

/**
 * Any S3-compatible bucket (AWS S3, Cloudflare R2, MinIO). Downloads are S3 presigned URLs, so the
 * bytes never pass through the app. Expiry is kept in `storage_objects` rows (without bytes) and
 * enforced by the same sweep as the other providers; `Expires` on the object is only a cache header.
 */
export function s3Storage(config: S3Config): StorageAdapter {
  const s3 = clientFor(config);
  const Bucket = config.bucket;
  return {
    async put(object) {
      await s3.send(
        new PutObjectCommand({
          Bucket,
          Key: object.key,
          Body: object.body,
          ContentType: object.contentType,
          ...(object.expiresAt ? { Expires: object.expiresAt, Metadata: { "keel-expires-at": object.expiresAt.toISOString() } } : {}),
        }),
      );
      await saveRow({ key: object.key, contentType: object.contentType, size: object.body.byteLength, data: null, expiresAt: object.expiresAt });
    },
    async get(key) {
      const row = await findLiveRow(key, false);
      if (!row) return null;
      try {
        const answer = await s3.send(new GetObjectCommand({ Bucket, Key: key }));
        const body = Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
        return { body, contentType: answer.ContentType ?? row.contentType, size: body.byteLength };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      // S3 answers a delete of a missing key with success, so a repeated sweep is harmless.
      await s3.send(new DeleteObjectCommand({ Bucket, Key: key }));
      await deleteRow(key);
    },
    async signedUrl(key, options) {
      // Past SigV4's 7 days a link is ours (the /storage route reads the object from the bucket).
      if (options.expiresInSeconds > maxPresignSeconds) return localDownloadUrl(key, options);
      const filename = options.filename ?? key.slice(key.lastIndexOf("/") + 1);
      const command = new GetObjectCommand({ Bucket, Key: key, ResponseContentDisposition: `attachment; filename="${filename}"`, ResponseCacheControl: "private, no-store" });
      return getSignedUrl(s3, command, { expiresIn: options.expiresInSeconds });
    },
  };
}
