import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";

export type LegalPage = "terms" | "privacy" | "cookies";

/** Title, description, canonical and hreflang of a legal page, from `legal.<page>`. */
export async function legalMetadata(locale: Locale, page: LegalPage): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: `legal.${page}` });
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: pageAlternates(locale, `/legal/${page}`) };
}

/**
 * A legal page: the template notice first, then numbered sections from `legal.<page>.sections`.
 * The operator's details (`legal.operator`: company, address, email, date) fill the `{company}`,
 * `{address}` and `{email}` placeholders, so a founder edits them in one place per locale.
 */
export async function LegalDocument({
  page,
  sections,
  extra,
}: {
  page: LegalPage;
  sections: readonly string[];
  /** Content placed after one of the sections (the cookie table). */
  extra?: { after: string; content: ReactNode };
}) {
  const t = await getTranslations("legal");
  const operator = { company: t("operator.company"), address: t("operator.address"), email: t("operator.email") };
  return (
    <article className="mx-auto w-full max-w-3xl flex-1 px-6 pb-20 pt-12 sm:pt-16">
      <h1 className="text-4xl font-semibold tracking-tight">{t(`${page}.title`)}</h1>
      <p className="mt-3 text-sm text-muted-foreground">{t("updated", { date: t("operator.effectiveDate") })}</p>
      <aside role="note" data-testid="template-notice" className="mt-8 rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50">
        <p className="font-semibold">{t("notice.title")}</p>
        <p className="mt-2 text-sm">{t("notice.body")}</p>
      </aside>
      {sections.map((id) => (
        <section key={id} aria-labelledby={`section-${id}`} className="mt-10">
          <h2 id={`section-${id}`} className="text-xl font-semibold tracking-tight">
            {t(`${page}.sections.${id}.title`)}
          </h2>
          <p className="mt-3 leading-relaxed text-pretty">{t(`${page}.sections.${id}.body`, operator)}</p>
          {extra?.after === id ? <div className="mt-6">{extra.content}</div> : null}
        </section>
      ))}
    </article>
  );
}
