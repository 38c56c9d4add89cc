import { getTranslations } from "next-intl/server";

/** README's two commands, each with what it does: the promise of the project in two lines. */
const commands = [
  { command: "npm install && npm run dev", note: "dev" },
  { command: "npm test", note: "test" },
] as const;

export async function Commands() {
  const t = await getTranslations("home.commands");
  const width = Math.max(...commands.map((c) => c.command.length)) + 3;
  return (
    <section aria-labelledby="commands-heading" className="py-16">
      <h2 id="commands-heading" className="text-3xl font-semibold tracking-tight text-balance">
        {t("heading")}
      </h2>
      <p className="mt-3 max-w-3xl text-muted-foreground text-pretty">{t("lead")}</p>
      <pre
        tabIndex={0}
        aria-label={t("label")}
        className="mt-8 overflow-x-auto rounded-lg bg-zinc-900 p-4 text-sm leading-relaxed text-zinc-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        <code>
          {commands.map(({ command, note }) => (
            <span key={note} className="block">
              <span aria-hidden="true" className="select-none text-zinc-400">
                {"$ "}
              </span>
              {command.padEnd(width)}
              <span className="text-zinc-400">{`# ${t(note)}`}</span>
            </span>
          ))}
        </code>
      </pre>
      <p className="mt-4 max-w-3xl text-sm text-muted-foreground text-pretty">{t("after")}</p>
    </section>
  );
}
