import { storageKeys, type StorageProviderName } from "../keys";
import { databaseStorage } from "./database";
import { filesystemStorage } from "./filesystem";
import type { S3Config } from "./s3";
import type { StorageAdapter } from "./types";

export type { DownloadOptions, NewObject, StorageAdapter, StoredObject } from "./types";

type ProviderConfig = { name: "database" } | { name: "filesystem"; dir: string } | ({ name: "s3" } & S3Config);

function providerConfig(): ProviderConfig {
  const env = storageKeys();
  switch (env.STORAGE_PROVIDER) {
    case "database":
      return { name: "database" };
    case "filesystem":
      return { name: "filesystem", dir: env.STORAGE_DIR };
    case "s3": {
      const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
      // storageKeys() refuses s3 without these; this narrows the types.
      if (!bucket || !accessKeyId || !secretAccessKey) throw new Error("STORAGE_PROVIDER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY.");
      return { name: "s3", bucket, region: env.S3_REGION, endpoint: env.S3_ENDPOINT, accessKeyId, secretAccessKey, forcePathStyle: env.S3_FORCE_PATH_STYLE };
    }
  }
}

/** Which provider stores objects: STORAGE_PROVIDER, else s3 when S3_BUCKET is set, else the database. */
export function storageProvider(): StorageProviderName {
  return providerConfig().name;
}

/**
 * The one place a provider is picked. The AWS SDK is loaded only when s3 is: it is large, and a
 * deployment on the database or a disk never needs it.
 */
export async function storageAdapter(): Promise<StorageAdapter> {
  const config = providerConfig();
  switch (config.name) {
    case "database":
      return databaseStorage;
    case "filesystem":
      return filesystemStorage(config.dir);
    case "s3":
      return (await import("./s3")).s3Storage(config);
    default: {
      const unknown: never = config;
      throw new Error(`Unknown storage provider: ${JSON.stringify(unknown)}`);
    }
  }
}
