"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { usePrivacyError } from "./use-privacy-error";

type Document = "terms" | "privacy";
const documentLinks: Record<Document, string> = { terms: "/legal/terms", privacy: "/legal/privacy" };

/**
 * Above the portal while the user has not accepted the terms or privacy policy in force (a new
 * TERMS_VERSION or PRIVACY_POLICY_VERSION, or an account older than the privacy module): what
 * "re-accept at next sign-in" looks like. A notice, not a wall: the account stays usable and its
 * data reachable (an export, a deletion) while the person reads; the acceptance is recorded with
 * its version like any other consent.
 */
export function TermsUpdate({ pending }: { pending: Document[] }) {
  const t = useTranslations("privacy.termsUpdate");
  const labels = useTranslations("privacy.page.consents");
  const format = useFormatter();
  const router = useRouter();
  const describeError = usePrivacyError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function accept() {
    setBusy(true);
    setError(null);
    try {
      for (const type of pending) await api("/privacy/consents", { method: "POST", body: { type, granted: true } });
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  }

  const links = pending.map((type) => (
    <Link key={type} href={documentLinks[type]} className="underline underline-offset-2">
      {labels(`${type}.label`)}
    </Link>
  ));
  return (
    <section aria-labelledby="terms-update-title" className="border-b border-border bg-muted px-4 py-3 sm:px-6" data-testid="terms-update">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 text-sm">
        <div className="min-w-0 space-y-1">
          <h2 id="terms-update-title" className="font-semibold">
            {t("title")}
          </h2>
          <p>
            {t("body")} {format.list(links, { type: "conjunction" })}
          </p>
          {error ? <Alert tone="error">{error}</Alert> : null}
        </div>
        <Button size="sm" onClick={() => void accept()} loading={busy}>
          {t("accept")}
        </Button>
      </div>
    </section>
  );
}
