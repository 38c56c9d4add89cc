import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ContentRoot } from "./content-framework";
import "./content.css";

/**
 * Fumadocs' provider for the docs and the blog (`search`: the docs' search dialog; the blog has none) (never the marketing pages: its theme switch and
 * search dialog are first-load JavaScript they do not need). Its own UI strings — search, table of
 * contents, copy buttons, theme switch — come from our messages (`contentUi`), keyed the way
 * Fumadocs names them. No locale list: the site's own switcher (components/site) changes language,
 * with next-intl's URLs. Dark mode is next-themes' `dark` class on <html> (components/site/content.css).
 */
export async function ContentProvider({ locale, search = true, children }: { locale: string; search?: boolean; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "contentUi" });
  const translations: Record<string, string> = {
    "Search(search trigger)": t("search"),
    "Search(search dialog)": t("search"),
    "Open Search(search trigger)(aria-label)": t("openSearch"),
    "Close Search(search dialog)(aria-label)": t("closeSearch"),
    "No results found(search dialog)": t("noResults"),
    "On this page(table of contents)": t("onThisPage"),
    "No Headings(table of contents)": t("noHeadings"),
    "Table of Contents(inline table of contents)": t("tableOfContents"),
    "Next Page(pagination)": t("nextPage"),
    "Previous Page(pagination)": t("previousPage"),
    "Edit on GitHub(edit page)": t("editOnGitHub"),
    "Last updated on(page footer)": t("lastUpdated"),
    "Copy Text(code block)(aria-label)": t("copyCode"),
    "Copied Text(code block)(aria-label)": t("copiedCode"),
    "Copy Anchor Link(heading anchor)(aria-label)": t("copyAnchor"),
    "Toggle Theme(theme switcher)(aria-label)": t("toggleTheme"),
    "Light(theme switcher)(aria-label)": t("light"),
    "Dark(theme switcher)(aria-label)": t("dark"),
    "System(theme switcher)(aria-label)": t("system"),
    "Open Sidebar(sidebar)(aria-label)": t("openSidebar"),
    "Close Sidebar(sidebar)(aria-label)": t("closeSidebar"),
    "Close Sidebar(aria-label)": t("closeSidebar"),
    "Collapse Sidebar(sidebar)(aria-label)": t("collapseSidebar"),
    "Hide Sidebar(sidebar)": t("hideSidebar"),
    "Show Sidebar(sidebar)": t("showSidebar"),
    "Toggle Menu(mobile menu)(aria-label)": t("toggleMenu"),
    "Page Not Found(404 page)": t("pageNotFound"),
    "Back to Home(404 page)": t("backToHome"),
  };
  return (
    <ContentRoot
      theme={{ attribute: "class", defaultTheme: "system", enableSystem: true }}
      // The dialog's code loads when it is first opened, not with every page.
      search={{ enabled: search, preload: false }}
      i18n={{ locale, translations }}
    >
      {children}
    </ContentRoot>
  );
}
