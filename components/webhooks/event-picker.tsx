"use client";

import { useTranslations } from "next-intl";

export type EventTypeOption = { type: string; description: string };

/** Every event type, or a chosen few: an empty selection means every type. */
export function EventPicker({ options, value, onChange }: { options: readonly EventTypeOption[]; value: string[]; onChange: (value: string[]) => void }) {
  const t = useTranslations("webhooks.form");
  const all = value.length === 0;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{t("events")}</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={all} onChange={(e) => onChange(e.target.checked ? [] : options.slice(0, 1).map((o) => o.type))} />
        {t("everyEvent")}
      </label>
      {all ? null : (
        <div className="grid max-h-56 grid-cols-1 gap-1 overflow-y-auto rounded-md border border-border p-2 sm:grid-cols-2">
          {options.map((option) => (
            <label key={option.type} className="flex items-start gap-2 text-xs" title={option.description}>
              <input
                type="checkbox"
                className="mt-0.5"
                checked={value.includes(option.type)}
                onChange={(e) => onChange(e.target.checked ? [...value, option.type] : value.filter((type) => type !== option.type))}
              />
              <span className="font-mono">{option.type}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
