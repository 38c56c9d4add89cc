"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useLayoutEffect, useRef, useState } from "react";
import { api } from "@/lib/api-client";
import { Button } from "@/components/ui/button";
import { usePrivacyError } from "./use-privacy-error";

type Choices = { analytics: boolean; marketing: boolean };
type Action = "all" | "none" | "choices";

/**
 * The cookie banner: a region at the foot of the window (not a modal: the page stays usable) with
 * necessary (always on), analytics and marketing. Saving records `analytics` and
 * `marketing_cookies` and refreshes the server-rendered frame, where the analytics loader reads
 * the decision: this component never loads analytics itself. While it shows, the page gets room
 * at the bottom so the banner covers nothing for good.
 */
export function ConsentBanner() {
  const t = useTranslations("privacy.banner");
  const router = useRouter();
  const describeError = usePrivacyError();
  const id = useId();
  const region = useRef<HTMLDivElement>(null);
  const [choices, setChoices] = useState<Choices>({ analytics: false, marketing: false });
  const [busy, setBusy] = useState<Action | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useLayoutEffect(() => {
    const element = region.current;
    if (!element) return;
    const body = document.body;
    const observer = new ResizeObserver(() => {
      body.style.paddingBottom = `${element.offsetHeight}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      body.style.paddingBottom = "";
    };
  }, [saved]);

  async function save(chosen: Choices, action: Action) {
    setBusy(action);
    setError(null);
    try {
      await Promise.all([
        api("/privacy/consents", { method: "POST", body: { type: "analytics", granted: chosen.analytics } }),
        api("/privacy/consents", { method: "POST", body: { type: "marketing_cookies", granted: chosen.marketing } }),
      ]);
      setSaved(true);
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
    }
    setBusy(null);
  }

  if (saved) return null;
  const categories = [
    { key: "necessary", checked: true, disabled: true },
    { key: "analytics", checked: choices.analytics, disabled: busy !== null },
    { key: "marketing", checked: choices.marketing, disabled: busy !== null },
  ] as const;

  return (
    <div
      ref={region}
      role="region"
      aria-labelledby={`${id}-title`}
      className="fixed inset-x-0 bottom-0 z-40 max-h-[70dvh] overflow-y-auto border-t border-border bg-card text-foreground shadow-[0_-4px_16px_rgb(0_0_0/0.08)]"
      data-testid="consent-banner"
    >
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-4 sm:px-6 lg:flex-row lg:items-end lg:gap-6">
        <div className="min-w-0 flex-1 space-y-2">
          <h2 id={`${id}-title`} className="text-sm font-semibold">
            {t("title")}
          </h2>
          <p className="text-sm text-muted-foreground">
            {t("body")}{" "}
            <Link href="/legal/cookies" className="text-foreground underline underline-offset-2">
              {t("policy")}
            </Link>
          </p>
          <fieldset>
            <legend className="sr-only">{t("categories")}</legend>
            <div className="flex flex-wrap gap-x-5 gap-y-1">
              {categories.map((category) => (
                <label key={category.key} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-primary"
                    checked={category.checked}
                    disabled={category.disabled}
                    aria-describedby={`${id}-${category.key}`}
                    onChange={(event) => {
                      const key = category.key;
                      if (key !== "necessary") setChoices((now) => ({ ...now, [key]: event.target.checked }));
                    }}
                  />
                  {t(`${category.key}.label`)}
                  <span id={`${id}-${category.key}`} className="sr-only">
                    {t(`${category.key}.description`)}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {error ? (
            <p role="alert" className="text-sm text-danger">
              {error}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => void save({ analytics: false, marketing: false }, "none")} loading={busy === "none"} disabled={busy !== null}>
            {t("rejectAll")}
          </Button>
          <Button size="sm" variant="secondary" onClick={() => void save(choices, "choices")} loading={busy === "choices"} disabled={busy !== null}>
            {t("save")}
          </Button>
          <Button size="sm" onClick={() => void save({ analytics: true, marketing: true }, "all")} loading={busy === "all"} disabled={busy !== null}>
            {t("acceptAll")}
          </Button>
        </div>
      </div>
    </div>
  );
}
