import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { LegalDocument, legalMetadata } from "@/components/site/legal-document";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return legalMetadata((await params).locale, "terms");
}

const sections = ["scope", "accounts", "plans", "credits", "use", "data", "availability", "termination", "liability", "law"] as const;

export default async function TermsPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <LegalDocument page="terms" sections={sections} />;
}
