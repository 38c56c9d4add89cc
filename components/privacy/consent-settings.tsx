"use client";

import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api } from "@/lib/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useApi } from "@/components/ui/use-api";
import { ConsentSwitch } from "./consent-switch";
import type { ConsentList, ConsentState, ConsentType } from "./types";
import { usePrivacyError } from "./use-privacy-error";

/** The choices a person toggles here; terms and privacy are accepted, not toggled. */
const choices = ["analytics", "marketing_email", "marketing_cookies"] as const;
const documents = [
  { type: "terms", href: "/legal/terms" },
  { type: "privacy", href: "/legal/privacy" },
] as const;

/**
 * The caller's consents (`/privacy/consents`): a switch per optional purpose, saved as it changes,
 * and which version of the terms and privacy policy they accepted, with "Accept" for a newer one.
 * A change to analytics or marketing cookies refreshes the server-rendered frame, where the
 * analytics loader and the cookie banner read the decision.
 */
export function ConsentSettings() {
  const t = useTranslations("privacy.page.consents");
  const format = useFormatter();
  const router = useRouter();
  const describeError = usePrivacyError();
  const loaded = useApi<ConsentList>("/privacy/consents");
  // Decisions made here since the list loaded, newest per type.
  const [made, setMade] = useState<Partial<Record<ConsentType, ConsentState>>>({});
  const [busy, setBusy] = useState<ConsentType | "accept" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const idPrefix = useId();

  const stateOf = (type: ConsentType) => made[type] ?? loaded.data?.data.find((c) => c.type === type);
  const since = (state: ConsentState | undefined) => (state ? format.dateTime(new Date(state.at), "date") : null);

  async function decide(type: ConsentType, granted: boolean) {
    setBusy(type);
    setError(null);
    try {
      const state = await api<ConsentState>("/privacy/consents", { method: "POST", body: { type, granted } });
      setMade((now) => ({ ...now, [type]: state }));
      if (type === "analytics" || type === "marketing_cookies") router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
    setBusy(null);
  }

  async function acceptPending(types: ConsentType[]) {
    setBusy("accept");
    setError(null);
    try {
      for (const type of types) await api("/privacy/consents", { method: "POST", body: { type, granted: true } });
      loaded.reload();
    } catch (caught) {
      setError(describeError(caught));
    }
    setBusy(null);
  }

  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>;
  if (!loaded.data) return <p className="text-sm text-muted-foreground">{t("loading")}</p>;
  const pending = loaded.data.pendingAcceptance.filter((type) => type === "terms" || type === "privacy");

  return (
    <div className="space-y-6">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="divide-y divide-border" aria-label={t("choicesLabel")}>
        {choices.map((type) => {
          const state = stateOf(type);
          const id = `${idPrefix}-${type}`;
          return (
            <li key={type} className="flex items-start justify-between gap-4 py-3 first:pt-0">
              <div className="min-w-0 space-y-0.5">
                <label htmlFor={id} className="text-sm font-medium">
                  {t(`${type}.label`)}
                </label>
                <p id={`${id}-hint`} className="text-sm text-muted-foreground">
                  {t(`${type}.description`)}{" "}
                  <span className="text-xs">{state ? t(state.granted ? "grantedSince" : "deniedSince", { date: since(state) ?? "" }) : t("undecided")}</span>
                </p>
              </div>
              <ConsentSwitch id={id} aria-describedby={`${id}-hint`} checked={state?.granted ?? false} disabled={busy !== null} onChange={(event) => void decide(type, event.target.checked)} className="mt-0.5" />
            </li>
          );
        })}
      </ul>
      <div className="space-y-3">
        <h3 className="text-sm font-semibold">{t("documents")}</h3>
        <dl className="grid gap-3 sm:grid-cols-2">
          {documents.map(({ type, href }) => {
            const state = stateOf(type);
            return (
              <div key={type} className="rounded-md border border-border px-4 py-3">
                <dt className="text-sm font-medium">
                  <Link href={href} className="underline underline-offset-2">
                    {t(`${type}.label`)}
                  </Link>
                </dt>
                <dd className="mt-1 text-sm text-muted-foreground" data-testid={`consent-${type}`}>
                  {state?.granted ? t("acceptedVersion", { version: state.version, date: since(state) ?? "" }) : t("notAccepted")}
                </dd>
              </div>
            );
          })}
        </dl>
        {pending.length > 0 ? (
          <Alert title={t("pendingTitle")}>
            <p>{t("pendingBody", { documents: format.list(pending.map((type) => t(`${type}.label`)), { type: "conjunction" }) })}</p>
            <Button className="mt-3" size="sm" onClick={() => void acceptPending(pending)} loading={busy === "accept"}>
              {t("accept")}
            </Button>
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
