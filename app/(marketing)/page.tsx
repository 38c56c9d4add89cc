import Image from "next/image";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

const features = [
  {
    title: "Zero accounts to start",
    body: "Embedded Postgres, a local mailbox and an in-process job runner: clone, install, run.",
  },
  {
    title: "Teams from day one",
    body: "Tenants, roles, invitations and sessions, with isolation enforced on every request.",
  },
  {
    title: "Swap any provider",
    body: "Neon, Resend, Trigger.dev and more switch on when their keys are present, never before.",
  },
];

export default function LandingPage() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-6 py-5">
        <Image src="/logo.svg" alt="Keel" width={72} height={28} loading="eager" />
        <nav aria-label="Account" className="flex items-center gap-2">
          <Link className={buttonClass("ghost", "sm")} href="/pricing">
            Pricing
          </Link>
          <Link className={buttonClass("ghost", "sm")} href="/sign-in">
            Sign in
          </Link>
          <Link className={buttonClass("primary", "sm")} href="/sign-up">
            Get started
          </Link>
        </nav>
      </header>
      <main className="mx-auto flex w-full max-w-5xl flex-1 flex-col px-6">
        <section className="py-20 text-center sm:py-28">
          <h1 className="mx-auto max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
            The SaaS starter that runs before you sign up for anything
          </h1>
          <p className="mx-auto mt-5 max-w-2xl text-lg text-muted-foreground text-pretty">
            Keel gives you authentication, multi-tenant teams and a working dashboard on day one. Keep what you need, delete
            the rest, and build your product.
          </p>
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <Link className={buttonClass("primary", "md")} href="/sign-up">
              Get started
            </Link>
            <Link className={buttonClass("secondary", "md")} href="/sign-in">
              Sign in
            </Link>
          </div>
        </section>
        <section aria-labelledby="features" className="pb-20">
          <h2 id="features" className="sr-only">
            Features
          </h2>
          <ul className="grid gap-4 md:grid-cols-3">
            {features.map((feature) => (
              <li key={feature.title} className="rounded-lg border border-border bg-card p-6">
                <h3 className="font-semibold">{feature.title}</h3>
                <p className="mt-2 text-sm text-muted-foreground">{feature.body}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
      <footer className="border-t border-border py-6 text-center text-sm text-muted-foreground">
        Keel is open source under the MIT license.
      </footer>
    </div>
  );
}
