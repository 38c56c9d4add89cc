import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CancelDeletionPage } from "@/components/privacy/cancel-deletion-page";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Per request: the page carries the emailed `?token=`. */
export const dynamic = "force-dynamic";

/** A link from one person's email: not for search engines (and not in the sitemap). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy.cancel" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  return <CancelDeletionPage token={typeof token === "string" && token.length <= 200 ? token : undefined} />;
}
