import type { Formats } from "next-intl";

/**
 * Named formats for next-intl's formatter, so every page shows a date the same way in each
 * locale: `format.dateTime(date, "date")` ("Nov 28, 2026" / "28.11.2026"), `"dateTime"` with the
 * time. The request config (lib/app/i18n-request.ts) sets them with `timeZone: "UTC"`: the server
 * and the browser render the same text, so hydration never disagrees.
 */
export const appFormats = {
  dateTime: {
    date: { dateStyle: "medium" },
    dateTime: { dateStyle: "medium", timeStyle: "short" },
  },
} satisfies Formats;
