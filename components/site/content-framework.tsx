"use client";

import { FrameworkProvider, type Framework } from "fumadocs-core/framework";
import { RootProvider, type RootProviderProps } from "fumadocs-ui/provider/base";
import Image from "next/image";
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { localizedPath } from "@/lib/i18n/paths";
import { usePathname } from "@/lib/i18n/navigation";

/**
 * Fumadocs' root provider with the page's URL as the visitor sees it. Next's own `usePathname`
 * answers `/en/docs/api` while an English page prerenders (the `[locale]` segment that next-intl's
 * as-needed routing hides) but `/docs/api` in the browser, so the sidebar's active page, the
 * previous/next links and the table of contents rendered differently on each side and React threw
 * away the prerendered HTML (hydration error #418). This one answers `/docs/api` on both.
 */
export function ContentRoot(props: RootProviderProps) {
  return (
    <FrameworkProvider usePathname={useSitePathname} useParams={useParams} useRouter={useRouter} Link={SiteLink} Image={SiteImage}>
      <RootProvider {...props} />
    </FrameworkProvider>
  );
}

const SiteLink: Framework["Link"] = ({ href = "", ...props }) => <Link href={href} {...props} />;
// Fumadocs hands next/image's own props through (what its Next provider does, untyped).
const SiteImage = Image as unknown as Framework["Image"];

function useSitePathname(): string {
  return localizedPath(useLocale(), usePathname());
}
