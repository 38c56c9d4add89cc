/**
 * Keel's releases, newest first: the dates and how many highlights each has. The words are in the
 * messages (`changelog.entries.<id>`), so every locale tells the same history. Add an entry here
 * and its title, body and highlights in messages/en.json and messages/de.json.
 */
export type ChangelogEntry = {
  id: string;
  /** ISO date (UTC) of the release. */
  date: string;
  /** The areas it touched, for the tags. */
  areas: readonly ("core" | "modules" | "billing" | "admin" | "i18n" | "security" | "api")[];
  /** Number of `highlights.<n>` messages, 1-based. */
  highlights: number;
};

export const changelogEntries: readonly ChangelogEntry[] = [
  { id: "i18n", date: "2026-11-28", areas: ["i18n", "api"], highlights: 3 },
  { id: "admin", date: "2026-11-28", areas: ["admin", "modules"], highlights: 4 },
  { id: "notifications", date: "2026-11-28", areas: ["modules"], highlights: 3 },
  { id: "security", date: "2026-11-27", areas: ["security", "core"], highlights: 4 },
  { id: "modules", date: "2026-11-27", areas: ["modules", "core"], highlights: 3 },
  { id: "apiKeys", date: "2026-11-21", areas: ["api", "modules"], highlights: 3 },
  { id: "billing", date: "2026-11-21", areas: ["billing"], highlights: 3 },
  { id: "core", date: "2026-11-21", areas: ["core"], highlights: 4 },
];
