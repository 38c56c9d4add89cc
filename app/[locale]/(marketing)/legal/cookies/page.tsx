import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { CookieTable } from "@/components/site/cookie-table";
import { LegalDocument, legalMetadata } from "@/components/site/legal-document";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return legalMetadata((await params).locale, "cookies");
}

const sections = ["what", "analytics", "control"] as const;

export default async function CookiesPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <LegalDocument page="cookies" sections={sections} extra={{ after: "what", content: <CookieTable /> }} />;
}
