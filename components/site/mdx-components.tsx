import defaultMdxComponents from "fumadocs-ui/mdx";
import type { MDXComponents } from "mdx/types";
import type { ComponentProps } from "react";
import { localizedPath } from "@/lib/i18n/paths";

const DefaultLink = defaultMdxComponents.a;

/**
 * The components a docs page or a blog post renders with: Fumadocs' (code blocks with a copy button,
 * heading anchors, callouts, cards), and links to the public site that stay in the reader's
 * language (`/docs/api` on a German page leads to `/de/docs/api`).
 */
export function mdxComponents(locale: string): MDXComponents {
  return {
    ...defaultMdxComponents,
    a: ({ href, ...props }: ComponentProps<"a">) => <DefaultLink href={localizeHref(locale, href)} {...props} />,
  };
}

function localizeHref(locale: string, href: string | undefined): string | undefined {
  if (!href || !/^\/(docs|blog)(\/|#|$)/.test(href)) return href;
  return localizedPath(locale, href);
}
