import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { LegalDocument, legalMetadata } from "@/components/site/legal-document";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return legalMetadata((await params).locale, "privacy");
}

// Under /legal: /privacy is the privacy API's prefix.
const sections = ["controller", "data", "purposes", "processors", "retention", "rights", "security", "changes"] as const;

export default async function PrivacyPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <LegalDocument page="privacy" sections={sections} />;
}
