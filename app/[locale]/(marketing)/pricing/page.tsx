import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { formatMoney } from "@/components/billing/money";
import { PlanComparison } from "@/components/billing/plan-comparison";
import { PricingTable } from "@/components/billing/pricing-table";
import { JsonLd } from "@/components/site/json-ld";
import { softwareApplicationJsonLd } from "@/components/site/structured-data";
import { appUrl } from "@/lib/auth/config";
import { publicPlans } from "@/lib/billing";
import { billingEnv } from "@/lib/billing/env";
import { localizedPath, pageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/config";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "billing.pricing" });
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: pageAlternates(locale, "/pricing") };
}

/** Prerendered per locale at build: plans and the trial length come from code and env at build time. */
export default async function PricingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("billing.pricing");
  const { billing } = (await getMessages()) as { billing: { plans: Record<string, unknown> } };
  const { plans, creditPacks } = publicPlans();
  const trialDays = billingEnv.BILLING_TRIAL_DAYS;
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-16 px-6 pb-20">
      {/* The product with one offer per plan price, from the same catalog as the cards. */}
      <JsonLd data={softwareApplicationJsonLd({ origin: appUrl, url: `${appUrl}${localizedPath(locale, "/pricing")}`, description: t("metaDescription"), plans })} />
      <section aria-labelledby="pricing-heading" className="space-y-8 pt-12 text-center sm:pt-16">
        <div className="space-y-3">
          <h1 id="pricing-heading" className="text-4xl font-semibold tracking-tight text-balance">
            {t("title")}
          </h1>
          <p className="mx-auto max-w-2xl text-lg text-muted-foreground text-pretty">
            {trialDays > 0 ? `${t("trial", { days: trialDays })} ` : ""}
            {t("changeAnytime")}
          </p>
        </div>
        <div className="text-left">
          {/* The cards' plan names are h3s, as on the billing page: this keeps the outline in order. */}
          <h2 className="sr-only">{t("plansTitle")}</h2>
          {/* The plan table is a client component: it gets the plan copy, not every message. */}
          <NextIntlClientProvider messages={{ billing: { plans: billing.plans } }}>
            <PricingTable plans={plans} />
          </NextIntlClientProvider>
        </div>
      </section>
      <PlanComparison plans={plans} />
      <section aria-labelledby="packs-heading" className="space-y-6">
        <div className="space-y-2 text-center">
          <h2 id="packs-heading" className="text-2xl font-semibold tracking-tight">
            {t("packsTitle")}
          </h2>
          <p className="text-muted-foreground">{t("packsLead")}</p>
        </div>
        <ul className="mx-auto grid w-full max-w-3xl gap-4 sm:grid-cols-3">
          {creditPacks.map((pack) => (
            <li key={pack.id} className="rounded-lg border border-border bg-card p-6 text-center shadow-sm">
              <p className="text-lg font-semibold">{t("packCredits", { credits: pack.credits })}</p>
              <p className="mt-1 text-2xl font-semibold tracking-tight">{formatMoney(pack.price.amount, pack.price.currency, locale)}</p>
              <p className="mt-1 text-sm text-muted-foreground">
                {t("perThousand", {
                  price: formatMoney(Math.round((pack.price.amount / pack.credits) * 1000), pack.price.currency, locale),
                })}
              </p>
            </li>
          ))}
        </ul>
        <p className="text-center text-sm text-muted-foreground">{t("footer")}</p>
      </section>
    </div>
  );
}
