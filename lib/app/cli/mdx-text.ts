/**
 * Text written into a generated MDX page. MDX reads `{…}` as a JavaScript expression and `<x` as
 * JSX, so outside code spans both are escaped; inside backticks they are literal already.
 */
export function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/[{}<>]/g, (char) => `\\${char}`)))
    .join("");
}

/** Text for a Markdown table cell: one line, and `|` escaped (inside code spans too, as GFM tables want). */
export function cell(text: string): string {
  return prose(text.replace(/\s*\n\s*/g, " ")).replace(/\|/g, "\\|");
}

/**
 * The anchor the docs site gives a heading, as github-slugger (Fumadocs' slugger) makes it:
 * lower case, punctuation dropped, spaces to hyphens. `GET /projects/{projectId}` → `get-projectsprojectid`.
 */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}
