import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/lib/auth/config";
import { isLocale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/paths";
import { incidentsFeed } from "@/lib/status/feed";
import { recentIncidents } from "@/lib/status/incidents";

/** The incidents of the last 90 days as RSS: `/status/rss.xml` (and `/de/status/rss.xml`). */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "status.page" });
  const url = (path: string) => `${appUrl}${localizedPath(locale, path)}`;
  const xml = incidentsFeed({ title: `${t("title")} — ${t("feedTitle")}`, pageUrl: url("/status"), feedUrl: url("/status/rss.xml") }, await recentIncidents(90));
  return new Response(xml, { headers: { "content-type": "application/rss+xml; charset=utf-8", "cache-control": "public, max-age=60" } });
}
