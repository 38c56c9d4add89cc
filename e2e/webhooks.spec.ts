import { existsSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { axeViolations, signUp, uniqueEmail } from "./helpers";

// The flow the issue names goes through the projects sample; without that module there is no
// project to create, and the integration tests cover delivery on core events instead.
test.skip(!existsSync("app/(portal)/dashboard/projects"), "needs the projects module");

test("an endpoint added in the portal receives project.created, shows it in the log, and replays it", async ({ page }) => {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200).end("thanks");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/keel`;

  try {
    await signUp(page, { name: "Hook Builder", email: uniqueEmail("hooks") });
    await expect(page).toHaveURL(/\/dashboard/);

    await page.goto("/dashboard/webhooks");
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Endpoint URL").fill(url);
    await dialog.getByLabel("Description").fill("e2e receiver");
    await dialog.getByRole("button", { name: "Add endpoint" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^whsec_/);
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("link", { name: url })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto("/dashboard/projects");
    await page.getByLabel("Project name").fill("Hooked project");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByText("Hooked project").first()).toBeVisible();

    // The in-process runner delivers within a poll or two.
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
    const first = received[0]!;
    const event = new Webhook(secret).verify(first.body, first.headers as Record<string, string>) as { type: string; data: { name: string } };
    expect(event).toMatchObject({ type: "project.created", data: { name: "Hooked project" } });

    await page.goto("/dashboard/webhooks");
    await page.getByRole("link", { name: url }).click();
    const row = page.getByTestId("webhook-delivery").filter({ hasText: "project.created" });
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(row).toContainText("succeeded", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });

    await row.getByRole("button", { name: /Details/ }).click();
    const detail = page.getByRole("dialog");
    await expect(detail).toContainText(first.headers["webhook-id"] as string);
    await expect(detail).toContainText("Hooked project");
    expect(await axeViolations(page)).toEqual([]);
    await detail.getByRole("button", { name: "Replay" }).click();
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
    expect(received[1]!.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(row.getByRole("cell").nth(2)).toHaveText("2", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  } finally {
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  }
});
