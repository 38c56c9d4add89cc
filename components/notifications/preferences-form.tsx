"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { useErrorMessage } from "@/components/ui/use-error-message";
import type { PreferencesResponse } from "@/lib/notifications/responses";
import { Alert } from "@/components/ui/alert";
import { useApi } from "@/components/ui/use-api";

type Channel = "in_app" | "email";

/** Per type and channel, a checkbox; critical types are shown locked. Each change saves at once. */
export function PreferencesForm() {
  const errorMessage = useErrorMessage();
  const t = useTranslations("notifications.preferences");
  // Each type's description is a message key of the module that sends it.
  const messages = useTranslations();
  const describe = (key: string) => (messages.has(key) ? messages(key) : key);
  const loaded = useApi<PreferencesResponse>("/me/notification-preferences");
  const [saved, setSaved] = useState<PreferencesResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefs = saved ?? loaded.data;

  async function save(body: { preferences?: { type: string; channel: Channel; enabled: boolean }[]; digest?: boolean }) {
    setBusy(true);
    setError(null);
    try {
      setSaved(await api<PreferencesResponse>("/me/notification-preferences", { method: "PATCH", body }));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  if (loaded.error) return <Alert tone="error">{loaded.error}</Alert>;
  if (!prefs) return <p className="text-sm text-muted-foreground">{t("loading")}</p>;
  return (
    <div className="space-y-6">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-border text-left">
            <th className="py-2 font-medium">{t("notifyWhen")}</th>
            <th className="w-24 py-2 text-center font-medium">{t("inApp")}</th>
            <th className="w-24 py-2 text-center font-medium">{t("byEmail")}</th>
          </tr>
        </thead>
        <tbody>
          {prefs.types.map((type) => (
            <tr key={type.type} className="border-b border-border">
              <td className="py-2 pr-4">
                {describe(type.descriptionKey)}
                {type.critical ? <span className="block text-xs text-muted-foreground">{t("critical")}</span> : null}
              </td>
              {(["in_app", "email"] as const).map((channel) => {
                const state = channel === "in_app" ? type.channels.inApp : type.channels.email;
                return (
                  <td key={channel} className="py-2 text-center">
                    <input
                      type="checkbox"
                      className="size-4"
                      aria-label={t("channelLabel", { type: describe(type.descriptionKey), channel: channel === "in_app" ? t("channelInApp") : t("channelEmail") })}
                      checked={state.enabled}
                      disabled={state.locked || busy}
                      onChange={(event) => save({ preferences: [{ type: type.type, channel, enabled: event.target.checked }] })}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <label className="flex items-center gap-3 text-sm">
        <input type="checkbox" className="size-4" checked={prefs.digest} disabled={busy} onChange={(event) => save({ digest: event.target.checked })} />
        {t("digest")}
      </label>
    </div>
  );
}
