// The face of lib/storage: put, read and delete objects by key, hand out signed download links,
// sweep what expired. Which provider holds the bytes is decided in ./providers.
export { putObject, getObject, deleteObject, signedDownloadUrl } from "./objects";
export type { PutObjectInput } from "./objects";
export type { DownloadOptions, StoredObject } from "./providers";
export { storageProvider } from "./providers";
export { sweepExpiredObjects, sweepJob } from "./sweep";
export { isObjectKey, assertObjectKey } from "./object-key";
export { downloadQuery, downloadResponse, downloadResponseBody } from "./download";
export { storageError } from "./catalog";
