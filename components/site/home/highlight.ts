/** A run of source text and what it is, for colouring. */
export type Token = { text: string; kind: "comment" | "string" | "keyword" | "function" | "number" | "flag" | "plain" };

const typescript: [Token["kind"], RegExp][] = [
  ["comment", /^\/\/[^\n]*/],
  ["string", /^(?:"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)/],
  ["keyword", /^\b(?:import|from|export|const|let|async|await|return|if|throw|new|true|false|null)\b/],
  ["number", /^\b\d[\d_]*\b/],
  ["function", /^[A-Za-z_$][\w$]*(?=\()/],
  ["plain", /^[A-Za-z_$][\w$]*|^\s+|^./],
];

const shell: [Token["kind"], RegExp][] = [
  ["comment", /^#[^\n]*/],
  ["string", /^(?:"(?:\\.|[^"\\\n])*"|'[^'\n]*')/],
  ["flag", /^(?<=\s)--?[\w-]+/],
  ["function", /^(?<=^|\n|&&\s)(?:curl|npm)\b/],
  ["plain", /^[^\s"'#]+|^\s+|^./],
];

/**
 * Splits TypeScript or shell source into coloured tokens. Runs on the server at build time (the
 * landing page prerenders), so the page ships highlighted HTML and no highlighter. A few regular
 * expressions suffice for the short, known snippets it is given; it is not a general parser.
 */
export function highlight(source: string, language: "ts" | "sh"): Token[] {
  const rules = language === "ts" ? typescript : shell;
  const tokens: Token[] = [];
  let rest = source;
  while (rest.length > 0) {
    // Lookbehinds need the text before the match: run each rule on the rest, anchored, with the
    // consumed text as context.
    const consumed = source.slice(0, source.length - rest.length);
    const found = rules.map(([kind, pattern]) => ({ kind, match: matchAt(consumed, rest, pattern) })).find((rule) => rule.match);
    const text = found?.match ?? rest[0]!;
    const kind = found?.kind ?? "plain";
    const last = tokens.at(-1);
    if (last && last.kind === kind && kind === "plain") last.text += text;
    else tokens.push({ text, kind });
    rest = rest.slice(text.length);
  }
  return tokens;
}

function matchAt(before: string, rest: string, pattern: RegExp): string | null {
  if (!pattern.source.includes("(?<=")) return pattern.exec(rest)?.[0] ?? null;
  // Lookbehind rules: search the whole text from the current position with a sticky copy.
  const sticky = new RegExp(pattern.source.replace(/^\^/, ""), "y");
  sticky.lastIndex = before.length;
  return sticky.exec(before + rest)?.[0] ?? null;
}
