import { getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/site/locale-switcher";
import { Link } from "@/lib/i18n/navigation";
import { sourceRepoUrl } from "@/lib/site-metadata";

type FooterLink = { key: string; href: string; external?: boolean };

// /docs and /blog are public-site pages too (app/[locale]/docs, app/[locale]/blog): locale-aware.
const groups: { key: "product" | "resources" | "legal"; links: FooterLink[] }[] = [
  { key: "product", links: [{ key: "pricing", href: "/pricing" }, { key: "changelog", href: "/changelog" }] },
  {
    key: "resources",
    links: [
      { key: "docs", href: "/docs" },
      { key: "blog", href: "/blog" },
      { key: "github", href: sourceRepoUrl, external: true },
    ],
  },
  {
    key: "legal",
    links: [
      { key: "terms", href: "/legal/terms" },
      { key: "privacy", href: "/legal/privacy" },
      { key: "cookies", href: "/legal/cookies" },
    ],
  },
];

const linkClass = "rounded-sm hover:text-foreground hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring";

/**
 * The public site's footer: link groups, the license line and the language menu. `hidden`: links to
 * pages of modules that are not installed (/pricing is billing's, /docs and /blog their modules');
 * the layout knows which, this may not.
 */
export async function SiteFooter({ hidden }: { hidden: readonly string[] }) {
  const t = await getTranslations("site.footer");
  return (
    <footer className="border-t border-border">
      <div className="mx-auto w-full max-w-6xl px-6 py-10 text-sm text-muted-foreground">
        <nav aria-label={t("label")} className="grid grid-cols-2 gap-8 sm:grid-cols-3">
          {groups.map((group) => (
            <div key={group.key}>
              <h2 className="font-medium text-foreground">{t(group.key)}</h2>
              <ul className="mt-3 space-y-2">
                {group.links.filter((link) => !hidden.includes(link.href)).map((link) => (
                  <li key={link.key}>
                    {link.external ? (
                      <a className={linkClass} href={link.href} rel="noopener">
                        {t(link.key)}
                      </a>
                    ) : (
                      <Link className={linkClass} href={link.href}>
                        {t(link.key)}
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="mt-10 flex flex-wrap items-center justify-between gap-3 border-t border-border pt-6">
          <p>{t("license")}</p>
          <LocaleSwitcher />
        </div>
      </div>
    </footer>
  );
}
