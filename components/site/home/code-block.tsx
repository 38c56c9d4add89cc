import { highlight, type Token } from "./highlight";

// Light text on the dark block: each colour keeps at least 7:1 contrast with the background.
const colours: Record<Token["kind"], string> = {
  comment: "text-zinc-400",
  string: "text-emerald-300",
  keyword: "text-violet-300",
  function: "text-sky-300",
  number: "text-amber-200",
  flag: "text-amber-200",
  plain: "",
};

/**
 * A highlighted snippet, rendered on the server: static HTML, no client-side highlighter. The
 * block scrolls sideways on narrow screens; it is focusable and labelled so a keyboard can scroll it.
 */
export function CodeBlock({ source, language, label }: { source: string; language: "ts" | "sh"; label: string }) {
  return (
    <figure className="min-w-0">
      <figcaption className="mb-2 text-sm font-medium text-muted-foreground">{label}</figcaption>
      <pre
        tabIndex={0}
        aria-label={label}
        className="overflow-x-auto rounded-lg bg-zinc-900 p-4 text-[13px] leading-relaxed text-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        <code>
          {highlight(source, language).map((token, i) =>
            token.kind === "plain" ? token.text : (
              <span key={i} className={colours[token.kind]}>
                {token.text}
              </span>
            ),
          )}
        </code>
      </pre>
    </figure>
  );
}
