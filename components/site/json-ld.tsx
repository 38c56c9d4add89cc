/** A schema.org object (or a list of them) for a `<script type="application/ld+json">`. */
export type JsonLdData = Record<string, unknown> | readonly Record<string, unknown>[];

/**
 * JSON for inside a `<script>` element: `<` becomes `\u003c`, so a string holding `</script>` or
 * `<!--` cannot end the element or start a comment; the JSON parses to the same value. `>` and `&`
 * likewise, for HTML parsers that are stricter than browsers.
 */
export function serializeJsonLd(data: JsonLdData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

/**
 * Structured data for search engines (the product, the organization, articles). The public site's
 * CSP allows inline scripts (its pages prerender without a nonce), and a JSON-LD script is data,
 * never executed, so no nonce is needed even on pages that have one.
 */
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
