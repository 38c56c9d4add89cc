import * as tables from "@/db/schema/storage";
import { defineModule } from "@/lib/manifest/define";
import { storageError } from "./catalog";
import { storageKeys } from "./keys";
import { storageProvider } from "./providers";
import { sweepJob } from "./sweep";

export default defineModule({
  id: "storage",
  core: true,
  summary: "File storage by key: bytes in the database by default, on disk, or in any S3-compatible bucket; signed download links that expire; an hourly sweep of expired objects.",
  env: storageKeys,
  tables,
  // The files are other modules' (a privacy export is the privacy module's): their writers delete
  // them with the person, and each carries an expiry the sweep enforces.
  personalData: [{ table: "storage_objects", none: "files other modules store (privacy exports): their writer deletes them, and each expires" }],
  jobs: [sweepJob],
  errors: storageError.codes,
  owns: {
    routes: ["app/(api)/storage"],
    files: ["seed/storage.ts", "tests/storage.int.test.ts"],
  },
  fixtures: () => import("@/seed/storage").then((m) => m.fixtures),
  docs: "modules/storage.mdx",
  providers: [{ kind: "storage", current: () => ({ name: storageProvider(), local: storageProvider() !== "s3" }) }],
});
