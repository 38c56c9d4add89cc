import { expect, test } from "@playwright/test";

// The blog (lib/blog, app/[locale]/blog): the index, a post, tags, the feed and the posts' preview images.

const posts = [
  { slug: "why-keel-runs-with-zero-accounts", title: "Why Keel runs with zero accounts" },
  { slug: "how-keel-never-double-charges", title: "How Keel never double-charges: the webhook inbox" },
];

test("the index lists both posts, newest first, and links their tags", async ({ request }) => {
  const response = await request.get("/blog");
  expect(response.status()).toBe(200);
  const html = await response.text();
  const at = posts.map((post) => html.indexOf(`href="/blog/${post.slug}"`));
  expect(at.every((index) => index > 0)).toBe(true);
  expect(at[1]).toBeLessThan(at[0]!); // the inbox post is the newer one
  expect(html).toContain('href="/blog/tags/webhooks"');
  expect(html).toContain('type="application/rss+xml"');
});

test("a post: title, cover with alt text, byline, BlogPosting JSON-LD, code with a copy button, an Open Graph image; tag pages; 404s", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`/blog/${posts[1]!.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: posts[1]!.title })).toBeVisible();
  await expect(page.getByRole("img", { name: /Three deliveries of the same webhook/ })).toBeVisible();
  await expect(page.getByText("By The Keel maintainers")).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy code" }).first()).toBeAttached();
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/blog\/how-keel-never-double-charges\/opengraph-image/);
  const png = await request.get(new URL(image!).pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(article).toMatchObject({ "@type": "BlogPosting", headline: posts[1]!.title, author: { name: "The Keel maintainers" } });
  expect(errors).toEqual([]);

  const tagged = await request.get("/blog/tags/billing");
  expect(tagged.status()).toBe(200);
  expect(await tagged.text()).toContain(`href="/blog/${posts[1]!.slug}"`);
  expect((await request.get("/blog/tags/no-such-tag")).status()).toBe(404);
  expect((await request.get("/blog/no-such-post")).status()).toBe(404);
  // Two posts fit on page 1: there is no page 2.
  expect((await request.get("/blog/page/2")).status()).toBe(404);
});

test("the feed at /blog/rss.xml is RSS with both posts, and German URLs serve the blog with German chrome", async ({ request, baseURL }) => {
  const feed = await request.get("/blog/rss.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toMatch(/^application\/rss\+xml/);
  const xml = await feed.text();
  expect(xml).toContain("<rss");
  for (const post of posts) expect(xml).toContain(`<link>${baseURL}/blog/${post.slug}</link>`);

  const german = await request.get("/de/blog");
  expect(german.status()).toBe(200);
  const html = await german.text();
  expect(html).toContain('<html lang="de"');
  expect(html).toContain("Der Keel-Blog");
  expect(html).toContain(`href="/de/blog/${posts[0]!.slug}"`);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const post of posts) expect(sitemap).toContain(`<loc>${baseURL}/blog/${post.slug}</loc>`);
});
