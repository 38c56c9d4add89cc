import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { changelogEntries } from "@/components/site/changelog-entries";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "changelog" });
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: pageAlternates(locale, "/changelog") };
}

/** Keel's history, newest first (components/site/changelog-entries.ts), with dates in the reader's locale. */
export default async function ChangelogPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("changelog");
  const format = await getFormatter();
  return (
    <div className="mx-auto w-full max-w-3xl flex-1 px-6 pb-20 pt-12 sm:pt-16">
      <h1 className="text-4xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-lg text-muted-foreground">{t("lead")}</p>
      <ol className="mt-12 space-y-12">
        {changelogEntries.map((entry) => (
          <li key={entry.id} className="border-l-2 border-border pl-6">
            <article aria-labelledby={`entry-${entry.id}`}>
              <time dateTime={entry.date} className="text-sm text-muted-foreground">
                {format.dateTime(new Date(`${entry.date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })}
              </time>
              <h2 id={`entry-${entry.id}`} className="mt-1 text-2xl font-semibold tracking-tight">
                {t(`entries.${entry.id}.title`)}
              </h2>
              <ul aria-label={t("areasLabel")} className="mt-2 flex flex-wrap gap-2">
                {entry.areas.map((area) => (
                  <li key={area} className="rounded-full border border-border px-2 py-0.5 text-xs text-muted-foreground">
                    {t(`areas.${area}`)}
                  </li>
                ))}
              </ul>
              <p className="mt-3 text-muted-foreground">{t(`entries.${entry.id}.body`)}</p>
              <ul className="mt-3 list-disc space-y-1 pl-5">
                {Array.from({ length: entry.highlights }, (_, i) => (
                  <li key={i}>{t(`entries.${entry.id}.highlights.${i + 1}`)}</li>
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
