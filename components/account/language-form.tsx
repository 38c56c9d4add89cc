"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { localeCookie, localeNames, locales } from "@/lib/i18n/config";
import { Alert } from "@/components/ui/alert";
import { Select } from "@/components/ui/select";

/**
 * The user's language for the app and their emails (`PATCH /me { locale }`). "Automatic" saves null:
 * the browser decides again. A choice also sets the switcher's cookie, so the public site and
 * the sign-in page follow after sign-out.
 */
export function LanguageForm({ saved }: { saved: string | null }) {
  const describeError = useErrorMessage();
  const t = useTranslations("account.language");
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(saved ?? "");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function choose(next: string) {
    setValue(next);
    setPending(true);
    setError(null);
    try {
      await api("/me", { method: "PATCH", body: { locale: next || null } });
      // "Automatic" forgets the switcher's cookie too, or it would keep deciding.
      document.cookie = `${localeCookie}=${next}; path=/; max-age=${next ? 60 * 60 * 24 * 365 : 0}; samesite=lax`;
      router.refresh();
    } catch (caught) {
      setError(describeError(caught));
      setValue(saved ?? "");
    }
    setPending(false);
  }

  return (
    <div className="max-w-md space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <label htmlFor={id} className="text-sm font-medium">
        {t("label")}
      </label>
      <Select
        id={id}
        className="block w-full"
        value={value}
        disabled={pending}
        onChange={(event) => choose(event.target.value)}
        options={[{ value: "", label: t("automatic") }, ...locales.map((locale) => ({ value: locale, label: localeNames[locale] }))]}
      />
      <p className="text-sm text-muted-foreground">{t("hint")}</p>
    </div>
  );
}
