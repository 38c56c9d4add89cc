import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";
import { sourceRepoUrl } from "@/lib/site-metadata";

/** Where the docs' "Edit on GitHub" links point when NEXT_PUBLIC_DOCS_REPO_URL is unset: the site's source repository. */
export const defaultDocsRepoUrl = sourceRepoUrl;

export const keys = () =>
  createEnv({
    client: {
      /**
       * The repository the docs are edited in (a fork's own), e.g. `https://github.com/acme/app`:
       * each docs page links to `<repo>/blob/main/content/docs/<page>.mdx`. Public (it is printed
       * on every page) and read at build time, when the docs prerender. @default https://github.com/keel-dev/keel
       */
      NEXT_PUBLIC_DOCS_REPO_URL: z
        .url({ protocol: /^https?$/, error: "NEXT_PUBLIC_DOCS_REPO_URL must be an http(s) URL such as https://github.com/acme/app" })
        .transform((url) => url.replace(/\/+$/, ""))
        .default(defaultDocsRepoUrl),
    },
    // Next inlines NEXT_PUBLIC_ keys only where the code names them literally.
    experimental__runtimeEnv: { NEXT_PUBLIC_DOCS_REPO_URL: process.env.NEXT_PUBLIC_DOCS_REPO_URL },
    emptyStringAsUndefined: true,
  });
