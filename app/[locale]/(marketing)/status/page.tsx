import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusPage } from "@/components/status/status-page";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";

type Props = { params: Promise<{ locale: Locale }> };

/** Read per request: the state is whatever the checks and incidents say now. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "status.page" });
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: { ...pageAlternates(locale, "/status"), types: { "application/rss+xml": localizedPath(locale, "/status/rss.xml") } },
  };
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <StatusPage feedHref={localizedPath(locale, "/status/rss.xml")} />;
}
