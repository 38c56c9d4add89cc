import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WaitlistPage } from "@/components/waitlist/waitlist-page";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Per request: `?token=` confirms an address and shows its place, `?ref=` carries a referral into the form. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "waitlist.page" });
  return { title: t("metaTitle"), description: t("description"), alternates: pageAlternates(locale, "/join") };
}

export default async function Page({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const one = (value: string | string[] | undefined) => (typeof value === "string" && value.length <= 200 ? value : undefined);
  return <WaitlistPage token={one(query.token)} referral={one(query.ref)} />;
}
