import { createFromSource } from "fumadocs-core/search/server";
import { docsSource } from "@/lib/docs/source";

/**
 * The docs' full-text search (Fumadocs' search route; the search dialog calls it):
 * `GET /api/search?query=webhook[&locale=de]` → matching pages and headings as JSON. The index is
 * built from content/docs once per server process, on the first query.
 */
export const { GET } = createFromSource(docsSource);
