import type { Metadata } from "next";
import Link from "next/link";
import { publicPlans } from "@/lib/billing";
import { buttonClass } from "@/components/ui/button";
import { formatCount, formatMoney } from "@/components/billing/money";
import { PricingTable } from "@/components/billing/pricing-table";
import { billingEnv } from "@/lib/billing/env";

export const metadata: Metadata = { title: "Pricing", description: "Keel plans and credit packs." };

export default function PricingPage() {
  const { plans, creditPacks } = publicPlans();
  const trialDays = billingEnv.BILLING_TRIAL_DAYS;
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between px-6 py-5">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Keel
        </Link>
        <nav aria-label="Account" className="flex items-center gap-2">
          <Link className={buttonClass("ghost", "sm")} href="/sign-in">
            Sign in
          </Link>
          <Link className={buttonClass("primary", "sm")} href="/sign-up">
            Get started
          </Link>
        </nav>
      </header>
      <main className="mx-auto flex w-full max-w-6xl flex-1 flex-col gap-16 px-6 pb-20">
        <section aria-labelledby="pricing-heading" className="space-y-8 pt-12 text-center sm:pt-16">
          <div className="space-y-3">
            <h1 id="pricing-heading" className="text-4xl font-semibold tracking-tight text-balance">
              Simple pricing that grows with your team
            </h1>
            <p className="mx-auto max-w-2xl text-lg text-muted-foreground text-pretty">
              {trialDays > 0 ? `Every new team gets ${trialDays} days of Pro for free, no card required. ` : ""}
              Change plans or cancel any time.
            </p>
          </div>
          <div className="text-left">
            <PricingTable plans={plans} />
          </div>
        </section>
        <section aria-labelledby="packs-heading" className="space-y-6">
          <div className="space-y-2 text-center">
            <h2 id="packs-heading" className="text-2xl font-semibold tracking-tight">
              Credit packs
            </h2>
            <p className="text-muted-foreground">Need more than your plan&apos;s allowance? Top up once, no subscription.</p>
          </div>
          <ul className="mx-auto grid w-full max-w-3xl gap-4 sm:grid-cols-3">
            {creditPacks.map((pack) => (
              <li key={pack.id} className="rounded-lg border border-border bg-card p-6 text-center shadow-sm">
                <p className="text-lg font-semibold">{formatCount(pack.credits)} credits</p>
                <p className="mt-1 text-2xl font-semibold tracking-tight">{formatMoney(pack.price.amount, pack.price.currency)}</p>
                <p className="mt-1 text-sm text-muted-foreground">
                  {formatMoney(Math.round((pack.price.amount / pack.credits) * 1000), pack.price.currency)} per 1,000 credits
                </p>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="border-t border-border py-6 text-center text-sm text-muted-foreground">
        Prices in US dollars, before tax. Keel is open source under the MIT license.
      </footer>
    </div>
  );
}
