import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

const providers = ["database", "filesystem", "s3"] as const;

/** What S3 cannot work without; checked at boot so a half-configured bucket stops the start. */
const s3Required = ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

export const storageKeys = () =>
  createEnv({
    server: {
      /**
       * Where objects live: `database` (a bytea column: no account, serverless-safe), `filesystem`
       * (files under STORAGE_DIR: one long-lived server only) or `s3` (any S3-compatible bucket).
       * @default `s3` when S3_BUCKET is set, else `database`
       */
      STORAGE_PROVIDER: z.enum(providers).optional(),
      /** The folder of the `filesystem` provider, relative to the working directory. @default .data/storage */
      STORAGE_DIR: z.string().min(1).default(".data/storage"),
      /** The bucket of the `s3` provider; setting it selects `s3` unless STORAGE_PROVIDER says otherwise. */
      S3_BUCKET: z.string().min(1).optional(),
      /** The bucket's region; R2 takes `auto`. @default auto */
      S3_REGION: z.string().min(1).default("auto"),
      /** For S3-compatible services (R2, MinIO), e.g. `https://<account>.r2.cloudflarestorage.com`. @default AWS */
      S3_ENDPOINT: z.url().optional(),
      S3_ACCESS_KEY_ID: z.string().min(1).optional(),
      S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
      /** `true` for `<endpoint>/<bucket>/<key>` addresses (MinIO); `false` for `<bucket>.<endpoint>`. @default false */
      S3_FORCE_PATH_STYLE: z.stringbool().default(false),
    },
    createFinalSchema: (shape) =>
      z.object(shape).transform((env, ctx) => {
        const provider = env.STORAGE_PROVIDER ?? (env.S3_BUCKET ? "s3" : "database");
        if (provider === "s3") {
          for (const key of s3Required) {
            if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: `is required when STORAGE_PROVIDER is s3 (set ${s3Required.join(", ")})` });
          }
        }
        return { ...env, STORAGE_PROVIDER: provider };
      }),
    experimental__runtimeEnv: {},
    emptyStringAsUndefined: true,
  });

export type StorageProviderName = (typeof providers)[number];
