import { expect, test } from "@playwright/test";
import { axeViolations, enrolTotp, signUp, totp, uniqueEmail, verifyEmailFromMailbox } from "./helpers";

test("an admin impersonates a member read-only: sees the banner, is refused a write, ends the session", async ({ page, baseURL }, info) => {
  // The member, with a tenant of their own.
  const memberEmail = uniqueEmail("imp-member");
  await signUp(page, { name: "Mia Member", email: memberEmail });
  await expect(page).toHaveURL(/\/dashboard/);
  await page.context().clearCookies();

  // The admin (listed in PLATFORM_ADMIN_EMAILS): a verified address and a second factor.
  const adminEmail = `e2e-impersonator-${info.retry}@e2e.keel.local`;
  await signUp(page, { name: "Ada Admin", email: adminEmail });
  await expect(page).toHaveURL(/\/dashboard/);
  await verifyEmailFromMailbox(page);
  const secret = await enrolTotp(page);
  await page.goto(`/admin/users?query=${encodeURIComponent(memberEmail)}`);
  if (page.url().includes("/step-up")) {
    await page.getByLabel("Authentication code").fill(totp(secret));
    await page.getByRole("button", { name: "Verify and continue" }).click();
    await page.goto(`/admin/users?query=${encodeURIComponent(memberEmail)}`);
  }
  await page.getByRole("link", { name: memberEmail }).click();
  await expect(page.getByRole("heading", { name: memberEmail })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Start, with a reason.
  await page.getByRole("button", { name: "Impersonate (read-only)" }).click();
  await page.getByLabel("Reason for impersonate (read-only)").fill("e2e: the member says the dashboard is empty");
  await page.getByRole("button", { name: "Impersonate (read-only)" }).click();
  await expect(page).toHaveURL(/\/dashboard/);

  // The banner names the admin and the time left, on every portal page.
  const banner = page.getByTestId("impersonation-banner");
  await expect(banner).toContainText(adminEmail);
  await expect(banner).toContainText(/(59|60) min left/);
  await page.goto("/dashboard/settings");
  await expect(banner).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: info.outputPath("impersonation-banner.png"), fullPage: false });

  // A write through the UI is refused, and so is one made by hand.
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Changed By Admin");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /read-only impersonation/ })).toBeVisible();
  const refused = await page.request.patch("/me", { headers: { origin: baseURL! }, data: { name: "Changed By Admin" } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("impersonation_read_only");
  const me = (await (await page.request.get("/me")).json()) as { user: { email: string; name: string } };
  expect(me.user).toMatchObject({ email: memberEmail, name: "Mia Member" });

  // End: back to the admin's own session.
  await banner.getByRole("button", { name: "End impersonation" }).click();
  await expect(page).toHaveURL(/\/admin\/users/);
  await expect(page.getByTestId("impersonation-banner")).toHaveCount(0);
  const after = (await (await page.request.get("/me")).json()) as { user: { email: string }; impersonatedBy: unknown };
  expect(after.user.email).toBe(adminEmail);
  expect(after.impersonatedBy).toBeNull();
});

test("the admin panel's pages render for a platform admin with no accessibility violations", async ({ page }, info) => {
  const adminEmail = `e2e-operator-${info.retry}@e2e.keel.local`;
  await signUp(page, { name: "Otto Operator", email: adminEmail });
  await expect(page).toHaveURL(/\/dashboard/);
  await verifyEmailFromMailbox(page);
  const secret = await enrolTotp(page);
  await page.goto("/admin");
  if (page.url().includes("/step-up")) {
    await page.getByLabel("Authentication code").fill(totp(secret));
    await page.getByRole("button", { name: "Verify and continue" }).click();
  }
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  // Platform admins belong to no tenant: make one to look at.
  const owner = await page.context().browser()!.newContext({ baseURL: page.url().split("/admin")[0] });
  const ownerPage = await owner.newPage();
  await signUp(ownerPage, { name: "Tess Tenant", email: uniqueEmail("admin-panel-owner") });
  await expect(ownerPage).toHaveURL(/\/dashboard/);
  await owner.close();
  const list = (await (await page.request.get("/platform/tenants?query=Tess")).json()) as { data: { id: string; name: string }[] };
  const tenant = list.data[0]!;
  const pages: [string, string][] = [
    ["/admin", "Overview"],
    ["/admin/users", "Users"],
    ["/admin/tenants", "Tenants"],
    [`/admin/tenants/${tenant.id}`, tenant.name],
    ["/admin/jobs", "Jobs"],
    ["/admin/emails", "Emails"],
    ["/admin/system", "System"],
  ];
  for (const [path, heading] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    expect(await axeViolations(page), path).toEqual([]);
    await page.screenshot({ path: info.outputPath(`${path.split("/").slice(2).join("-") || "overview"}.png`), fullPage: true });
  }
  // Every page a module contributes is in the nav and renders too; the time allowed grows with them.
  const contributed = await page.getByRole("navigation", { name: "Admin" }).getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  test.setTimeout(info.timeout + contributed.length * 8_000);
  for (const href of contributed.filter((h) => !pages.some(([p]) => p === h))) {
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await axeViolations(page), href).toEqual([]);
  }
});
