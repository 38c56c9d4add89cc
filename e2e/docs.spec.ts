import { expect, test } from "@playwright/test";

// The docs site (lib/docs, app/[locale]/docs): prerendered pages, Fumadocs' search route, the chrome.

test("the docs answer: /docs, a module page, and the search route", async ({ request }) => {
  const index = await request.get("/docs");
  expect(index.status()).toBe(200);
  expect(await index.text()).toContain("Getting started");

  const billing = await request.get("/docs/modules/billing");
  expect(billing.status()).toBe(200);
  const html = await billing.text();
  expect(html).toContain('href="https://github.com/keel-dev/keel/blob/main/content/docs/modules/billing.mdx"');
  expect(html).toMatch(/<meta name="description" content="Plans, checkout/);

  const search = await request.get("/api/search?query=webhook");
  expect(search.status()).toBe(200);
  const results = (await search.json()) as { url: string }[];
  expect(results.length).toBeGreaterThan(0);
  expect(results.some((result) => result.url.startsWith("/docs/modules/webhooks"))).toBe(true);

  expect((await request.get("/docs/no-such-page")).status()).toBe(404);
  // Every docs page is in the sitemap, once (the English URL).
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/docs\/modules\/billing<\/loc>/);
  expect(sitemap).not.toContain("/de/docs");
});

test("a docs page: sidebar, table of contents, copy button, search dialog and dark mode, without errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto("/docs/modules/billing");

  await expect(page.getByRole("heading", { level: 1, name: "Billing" })).toBeVisible();
  await expect(page.locator("#nd-sidebar").getByRole("link", { name: "Getting started" })).toBeVisible();
  await expect(page.getByText("On this page")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy code" }).first()).toBeAttached();

  await page.locator("#nd-sidebar").getByRole("button", { name: /^Search/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox").fill("webhook inbox");
  await expect(dialog.getByText("The webhook inbox").first()).toBeVisible();

  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Toggle theme" }).first().click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(errors).toEqual([]);
});

test("German URLs serve the docs in English with German chrome, pointing search engines at the English page", async ({ request }) => {
  const response = await request.get("/de/docs/modules/billing");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<html lang="de"');
  expect(html).toContain("Auf dieser Seite");
  expect(html).toMatch(/<h1[^>]*>Billing<\/h1>/);
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/docs\/modules\/billing"/);
  expect(html).not.toMatch(/<link rel="canonical" href="[^"]*\/de\/docs/);
});
