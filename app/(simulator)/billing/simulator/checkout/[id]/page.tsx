import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { configuredProvider } from "@/lib/billing";
import { creditPacks, isPlanId, plans, type CreditPackId } from "@/lib/billing/plans";
import { loadDashboard } from "@/app/(portal)/dashboard/_lib/load-dashboard";
import { buttonClass } from "@/components/ui/button";
import { formatMoney } from "@/components/billing/money";
import { SimulatorCheckoutActions } from "@/components/billing/simulator/checkout-actions";
import { findSimulatorCheckout } from "@/lib/billing/simulator/queries";

export async function generateMetadata() {
  const t = await getTranslations("billing.simulatorPages.checkout");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

/** What the checkout sells, and for how much: a credit pack, or a plan for an interval. */
function item(checkout: { kind: string; plan: string | null; interval: string | null; pack: string | null }) {
  if (checkout.kind === "credits") {
    const pack = checkout.pack && Object.hasOwn(creditPacks, checkout.pack) ? creditPacks[checkout.pack as CreditPackId] : null;
    return pack ? { kind: "credits" as const, credits: pack.credits, price: pack.price } : null;
  }
  const plan = checkout.plan && isPlanId(checkout.plan) ? plans[checkout.plan] : null;
  const interval = checkout.interval === "year" ? "year" : "month";
  const price = plan?.prices?.[interval];
  return plan && price ? { kind: "plan" as const, plan: plan.name, interval, price } : null;
}

export default async function SimulatorCheckoutPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (configuredProvider() !== "simulator") notFound();
  const { tenants } = await loadDashboard(`/billing/simulator/checkout/${id}`);
  const checkout = await findSimulatorCheckout(
    id,
    tenants.map((t) => t.id),
  );
  const bought = checkout ? item(checkout) : null;
  if (!checkout || !bought) notFound();
  const [t, locale] = await Promise.all([getTranslations("billing.simulatorPages"), getLocale()]);
  const backHref = `/dashboard/billing?checkout=${encodeURIComponent(checkout.id)}`;

  return (
    <div className="mx-auto max-w-md rounded-lg border border-border bg-card p-6 shadow-sm sm:p-8">
      <p className="text-sm text-muted-foreground">{t("checkout.payingFor", { tenant: checkout.tenantName })}</p>
      <h1 className="mt-1 text-xl font-semibold">{bought.kind === "credits" ? t("checkout.credits", { count: bought.credits }) : t("checkout.plan", { plan: bought.plan })}</h1>
      <p className="text-sm text-muted-foreground">{bought.kind === "credits" ? t("checkout.oneTime") : t(`checkout.billed.${bought.interval}`)}</p>
      <p className="mt-6 flex items-baseline gap-1 border-t border-border pt-6">
        <span className="text-3xl font-semibold tracking-tight" data-testid="checkout-price">
          {formatMoney(bought.price.amount, bought.price.currency, locale)}
        </span>
        {bought.kind === "plan" ? <span className="text-sm text-muted-foreground">{t(`checkout.per.${bought.interval}`)}</span> : null}
      </p>
      {checkout.status === "open" ? (
        <SimulatorCheckoutActions checkoutId={checkout.id} tenantId={checkout.tenantId} />
      ) : (
        <div className="mt-6 space-y-4">
          <p role="status" className="rounded-md border border-border bg-muted px-4 py-3 text-sm" data-testid="checkout-status" data-status={checkout.status}>
            {t.rich("checkout.alreadyDone", {
              status: t.has(`checkout.status.${checkout.status}`) ? t(`checkout.status.${checkout.status}`) : checkout.status,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <Link href={backHref} className={buttonClass("secondary", "md", "w-full")}>
            {t("backToBilling")}
          </Link>
        </div>
      )}
    </div>
  );
}
