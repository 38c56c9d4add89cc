import type { Incident } from "./incidents";

const escape = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/**
 * RSS 2.0 of the status page's incidents: one item per update, newest first, so a reader sees
 * each development (Statuspage's history.rss does the same). Titles and bodies are the admins'
 * text, escaped: an item can never inject markup into a reader.
 */
export function incidentsFeed(site: { title: string; pageUrl: string; feedUrl: string }, incidents: readonly Incident[]): string {
  const items = incidents
    .flatMap((incident) => incident.updates.map((update) => ({ incident, update })))
    .sort((a, b) => b.update.createdAt.getTime() - a.update.createdAt.getTime())
    .slice(0, 50)
    .map(
      ({ incident, update }) => `    <item>
      <title>${escape(`${incident.title} — ${update.status}`)}</title>
      <link>${escape(`${site.pageUrl}#${incident.id}`)}</link>
      <guid isPermaLink="false">${escape(update.id)}</guid>
      <pubDate>${update.createdAt.toUTCString()}</pubDate>
      <description>${escape(update.body)}</description>
    </item>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escape(site.title)}</title>
    <link>${escape(site.pageUrl)}</link>
    <description>${escape(site.title)}</description>
    <atom:link href="${escape(site.feedUrl)}" rel="self" type="application/rss+xml"/>
${items.join("\n")}
  </channel>
</rss>
`;
}
