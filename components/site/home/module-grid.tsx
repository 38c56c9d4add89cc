import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import { moduleMessageKey } from "./module-key";

/** What the grid needs of a module manifest: the page passes the installed modules. */
export type GridModule = { id: string; core: boolean; summary: string };


/**
 * The feature grid, one card per installed module (core first), so a removed module leaves the
 * grid with it. Title and blurb come from `home.modules.<id>`; a module without copy there shows
 * its manifest's English summary rather than nothing.
 */
export async function ModuleGrid({ modules }: { modules: readonly GridModule[] }) {
  const t = await getTranslations("home");
  const ordered = [...modules].sort((a, b) => Number(b.core) - Number(a.core));
  return (
    <section aria-labelledby="modules-heading" className="py-16">
      <h2 id="modules-heading" className="text-3xl font-semibold tracking-tight text-balance">
        {t("modulesHeading")}
      </h2>
      <p className="mt-3 max-w-3xl text-muted-foreground text-pretty">{t("modulesLead")}</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="module-grid">
        {ordered.map((module) => {
          const key = moduleMessageKey(module.id);
          const hasCopy = t.has(`modules.${key}.title`);
          return (
            <li key={module.id} data-module={module.id} className="flex flex-col rounded-lg border border-border bg-card p-5">
              <div className="flex items-start justify-between gap-3">
                <h3 className="font-semibold">{hasCopy ? t(`modules.${key}.title`) : module.id}</h3>
                <span
                  className={cn(
                    "shrink-0 rounded-full px-2 py-0.5 text-xs font-medium",
                    module.core ? "bg-primary text-primary-foreground" : "border border-border text-muted-foreground",
                  )}
                >
                  {module.core ? t("core") : t("optional")}
                </span>
              </div>
              <p className="mt-2 text-sm text-muted-foreground">{hasCopy ? t(`modules.${key}.body`) : module.summary}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
