import { expect, test } from "@playwright/test";

// The public status page as a visitor sees it: the overall state, every component with its state
// and 90 day bars, and the same state as JSON for monitors.
test("the status page shows each component's state and 90 days of bars, agreeing with /status.json", async ({ page, request }) => {
  const json = (await (await request.get("/status.json")).json()) as { status: string; components: { name: string; status: string }[] };
  expect(json.components.map((c) => c.name)).toEqual(expect.arrayContaining(["API", "Dashboard", "Background jobs", "Email"]));

  await page.goto("/status");
  await expect(page.getByRole("heading", { level: 1, name: "System status" })).toBeVisible();
  await expect(page.getByTestId("status-overall")).toHaveAttribute("data-status", json.status);
  for (const component of json.components) {
    const row = page.locator(`[data-testid=status-component][data-name="${component.name}"]`);
    await expect(row).toHaveAttribute("data-status", component.status);
    await expect(row.locator("[data-day]")).toHaveCount(90);
  }
  await expect(page.getByRole("link", { name: "Subscribe (RSS)" })).toHaveAttribute("href", "/status/rss.xml");
  const feed = await request.get("/status/rss.xml");
  expect(feed.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
});
