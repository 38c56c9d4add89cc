import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeSample } from "@/components/site/home/code-sample";
import { Commands } from "@/components/site/home/commands";
import { Faq } from "@/components/site/home/faq";
import { ModuleGrid } from "@/components/site/home/module-grid";
import { Screenshots } from "@/components/site/home/screenshots";
import { JsonLd } from "@/components/site/json-ld";
import { organizationJsonLd, softwareApplicationJsonLd } from "@/components/site/structured-data";
import { buttonClass } from "@/components/ui/button";
import { moduleIndex, siteNav } from "@/lib/app/module-index";
import { appUrl } from "@/lib/auth/config";
import { localizedPath, pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";
import { Link as LocalizedLink } from "@/lib/i18n/navigation";
import { plans } from "@/lib/plans";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "home" });
  // The home page's title stands alone: no "· Keel" template.
  return { title: { absolute: t("metaTitle") }, description: t("metaDescription"), alternates: pageAlternates(locale, "/") };
}

export default async function LandingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const site = await getTranslations("site");
  // The installed modules only: a removed module leaves the grid. From the module index, not the
  // manifests, which would bring the portal's client code into this page (lib/app/module-index.ts).
  // Offers only while the billing module sells them: without it there is no pricing page to point at.
  const sellsPlans = moduleIndex.some((m) => m.id === "billing");
  const gridModules = moduleIndex.map(({ id, core, summary }) => ({ id, core, summary }));
  // The docs module's own link (its manifest's siteNav): the button leaves with the module.
  const docs = siteNav.find((link) => link.label === "docs");
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-1 flex-col px-6">
      <JsonLd
        data={[
          organizationJsonLd(appUrl, site("organization.description")),
          softwareApplicationJsonLd({ origin: appUrl, url: `${appUrl}${localizedPath(locale, "/")}`, description: t("metaDescription"), plans: sellsPlans ? Object.values(plans) : [] }),
        ]}
      />
      <section className="py-20 text-center sm:py-28">
        <h1 className="mx-auto max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
        <p className="mx-auto mt-5 max-w-2xl text-lg text-muted-foreground text-pretty">{t("lead")}</p>
        <div className="mt-8 flex flex-wrap justify-center gap-3">
          <Link className={buttonClass("primary", "md")} href="/sign-up">
            {site("nav.getStarted")}
          </Link>
          {docs ? (
            <LocalizedLink className={buttonClass("secondary", "md")} href={docs.href}>
              {t("cta.docs")}
            </LocalizedLink>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="features" className="pb-4">
        <h2 id="features" className="sr-only">
          {t("featuresHeading")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {(["zeroAccounts", "teams", "providers"] as const).map((feature) => (
            <li key={feature} className="rounded-lg border border-border bg-card p-6">
              <h3 className="font-semibold">{t(`features.${feature}.title`)}</h3>
              <p className="mt-2 text-sm text-muted-foreground">{t(`features.${feature}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <Commands />
      <ModuleGrid modules={gridModules} />
      <Screenshots />
      <CodeSample />
      <Faq />
    </div>
  );
}
