import { expect, test, type Page } from "@playwright/test";

// The public site: landing sections, legal pages, changelog and what crawlers read (metadata,
// sitemap, robots, JSON-LD), in both locales. Pages are prerendered: plain requests suffice for
// most checks, the browser only where layout matters. English URLs come before German ones in each
// test: visiting /de sets the NEXT_LOCALE cookie, after which next-intl sends / to /de.

const legalPages = ["/legal/terms", "/legal/privacy", "/legal/cookies"];

/** The JSON-LD objects of an HTML page, parsed (a parse error fails the test). */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((match) => {
    const data = JSON.parse(match[1]!) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(data) ? data : [data];
  });
}

test("the landing page shows every section, in English and in German", async ({ page }) => {
  const sections = {
    en: ["Two commands to a working product", "Everything a SaaS needs, one module at a time", "A portal your customers can use on day one", "Thin routes, typed from end to end", "Frequently asked questions"],
    de: ["Zwei Befehle bis zum laufenden Produkt", "Alles, was ein SaaS braucht, Modul für Modul", "Ein Kundenportal, das vom ersten Tag an funktioniert", "Schlanke Routen, durchgehend typisiert", "Häufige Fragen"],
  };
  for (const [locale, headings] of Object.entries(sections)) {
    await page.goto(locale === "en" ? "/" : "/de");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    for (const name of headings) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    await expect(page.getByText("npm install && npm run dev")).toBeVisible();
    // A card per installed module, core ones included.
    const grid = page.getByTestId("module-grid");
    await expect(grid.locator("[data-module=billing] h3")).toHaveText(locale === "en" ? "Billing" : "Abrechnung");
    expect(await grid.locator("li[data-module]").count()).toBeGreaterThanOrEqual(7);
    // The code is highlighted on the server: coloured spans in the HTML.
    await expect(page.locator("pre code span.text-violet-300").first()).toHaveText("import");
    // Screenshots load lazily, with alt text and dimensions.
    const shots = page.locator('img[src*="marketing"], img[srcset*="marketing"]');
    await expect(shots).toHaveCount(3);
    for (const img of await shots.all()) {
      expect(await img.getAttribute("alt")).toBeTruthy();
      expect(await img.getAttribute("loading")).toBe("lazy");
      expect(await img.getAttribute("width")).toBe("1280");
    }
    // The FAQ opens without JavaScript: a <details> element.
    const question = page.locator("details summary").first();
    await question.click();
    await expect(page.locator("details").first()).toHaveAttribute("open", "");
  }
  // The footer links to every public page and the parallel docs and blog.
  const footer = page.getByRole("contentinfo");
  for (const href of ["/de/pricing", "/de/changelog", "/de/legal/terms", "/de/legal/privacy", "/de/legal/cookies", "/de/docs", "/de/blog"]) {
    await expect(footer.locator(`a[href="${href}"]`)).toHaveCount(1);
  }
});

test("legal pages and the changelog answer 200 in both locales, legal pages with the template notice", async ({ request }) => {
  const expected = {
    en: { prefix: "", notice: "This is a template, not legal advice", changelog: "<h1 class=\"text-4xl font-semibold tracking-tight\">Changelog</h1>" },
    de: { prefix: "/de", notice: "Dies ist eine Vorlage, keine Rechtsberatung", changelog: "<h1 class=\"text-4xl font-semibold tracking-tight\">Änderungsprotokoll</h1>" },
  };
  for (const [locale, { prefix, notice, changelog }] of Object.entries(expected)) {
    for (const path of [...legalPages, "/changelog"].map((p) => `${prefix}${p}`)) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(html.includes(`<html lang="${locale}"`), `${path} is in ${locale}`).toBe(true);
      const text = path.endsWith("/changelog") ? changelog : notice;
      expect(html.includes(text), `${path} shows ${text}`).toBe(true);
    }
  }
  const cookies = await (await request.get("/de/legal/cookies")).text();
  for (const name of ["keel.session_token", "NEXT_LOCALE", "keel.admin_session"]) expect(cookies.includes(name), name).toBe(true);
});

test("each public page has its canonical URL, hreflang alternates and parseable JSON-LD", async ({ request }) => {
  const cases = [
    { path: "/", canonical: "/", types: ["Organization", "SoftwareApplication", "FAQPage"] },
    { path: "/pricing", canonical: "/pricing", types: ["SoftwareApplication"] },
    { path: "/de", canonical: "/de", types: ["Organization", "SoftwareApplication", "FAQPage"] },
    { path: "/de/legal/privacy", canonical: "/de/legal/privacy", types: [] },
  ];
  for (const { path, canonical, types } of cases) {
    const html = await (await request.get(path)).text();
    // The origin is the one the page was prerendered with (BETTER_AUTH_URL at build).
    const found = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    expect(found, path).toBeDefined();
    expect(new URL(found!).pathname, path).toBe(canonical);
    for (const lang of ["en", "de", "x-default"]) expect(html, `${path} ${lang}`).toMatch(new RegExp(`<link rel="alternate" hrefLang="${lang}" href="[^"]+"`));
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    const data = jsonLd(html);
    expect(data.map((d) => d["@type"]).sort(), path).toEqual([...types].sort());
  }
  // The product's offers come from the plan catalog: the free plan and each self-serve price.
  const product = jsonLd(await (await request.get("/de/pricing")).text())[0]!;
  const offers = product.offers as { price: string; priceCurrency: string }[];
  expect(offers.map((o) => o.price)).toEqual(expect.arrayContaining(["0", "19.00", "49.00"]));
});

test("the sitemap lists every public page in both locales with hreflang alternates; robots.txt keeps crawlers out of the app", async ({ request, baseURL }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["", "/pricing", "/changelog", ...legalPages]) {
    expect(sitemap).toContain(`<loc>${baseURL}${path || "/"}</loc>`);
    expect(sitemap).toContain(`<loc>${baseURL}/de${path}</loc>`);
  }
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="de" href="${baseURL}/de/legal/terms" />`);
  expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${baseURL}/legal/terms" />`);
  const robots = await (await request.get("/robots.txt")).text();
  for (const line of ["/dashboard", "/admin", "/api/", "/me/", "/tenants/", "/v1/"]) expect(robots).toMatch(new RegExp(`^Disallow: ${line}$`, "m"));
});

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no public page scrolls sideways; wide tables scroll in a labelled, focusable region", async ({ page }) => {
    for (const path of ["/", "/pricing", "/changelog", ...legalPages, "/de", "/de/pricing", "/de/legal/cookies"]) {
      await page.goto(path);
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    await page.goto("/de/pricing");
    const region = page.getByRole("region", { name: "Preise, Limits und Funktionen der einzelnen Tarife" });
    await expect(region).toHaveAttribute("tabindex", "0");
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(region.getByRole("columnheader", { name: "Starter" })).toBeAttached();
    await expect(region.getByRole("rowheader", { name: "Plätze" })).toBeAttached();
  });
});
