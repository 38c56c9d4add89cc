import { expect, test } from "@playwright/test";

// What crawlers, link previews and browser tabs fetch without signing in.

test("robots.txt keeps crawlers out of the app and points at the sitemap on the running origin", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
  const body = await response.text();
  for (const path of ["/dashboard", "/admin", "/api/", "/billing/simulator"]) {
    expect(body).toMatch(new RegExp(`^Disallow: ${path}$`, "m"));
  }
  const sitemap = body.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
  // Rendered per request: the origin is the server's BETTER_AUTH_URL, not the build's.
  expect(sitemap).toBe(`${baseURL}/sitemap.xml`);
});

test("sitemap.xml lists the public pages with absolute URLs", async ({ request, baseURL }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/xml/);
  const body = await response.text();
  expect(body).toContain("<urlset");
  for (const path of ["/", "/pricing", "/sign-in", "/sign-up"]) {
    expect(body).toContain(`<loc>${baseURL}${path}</loc>`);
  }
  expect(body).not.toContain("/dashboard");
});

test("the icons, logo and Open Graph image are served with their types", async ({ request }) => {
  const expected: [string, RegExp][] = [
    ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
    ["/icon.svg", /^image\/svg\+xml/],
    ["/logo.svg", /^image\/svg\+xml/],
    ["/apple-touch-icon.png", /^image\/png/],
    ["/og.png", /^image\/png/],
  ];
  for (const [path, type] of expected) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
  }

  // A real icon directory (reserved 0, type 1) with the 16, 32 and 48 px images.
  const ico = await (await request.get("/favicon.ico")).body();
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i));
  expect(sizes).toEqual(expect.arrayContaining([16, 32, 48]));

  // The PNG header's width and height: the 1200x630 that link previews expect.
  const og = await (await request.get("/og.png")).body();
  expect([og.readUInt32BE(16), og.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("the home page declares its icons and an absolute Open Graph image", async ({ page, request }) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<link rel="icon"[^>]*href="\/icon\.svg"/);
  expect(html).toMatch(/<link rel="apple-touch-icon"[^>]*href="\/apple-touch-icon\.png"/);

  const ogImage = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
  // Absolute, as link previews need. The origin is the one the page was prerendered with.
  expect(ogImage).toMatch(/^https?:\/\/[^/]+\/og\.png$/);
  expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
  expect((await request.get(new URL(ogImage!).pathname)).status()).toBe(200);

  // The header shows the logo, and it loads.
  await page.goto("/");
  const logo = page.getByRole("banner").getByRole("img", { name: "Keel" });
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});
