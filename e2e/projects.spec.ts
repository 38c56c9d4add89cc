import { expect, test, type Page } from "@playwright/test";
import { activeTenant, followInvitationEmail, invite, signUp, uniqueEmail } from "./helpers";

// Roles and tenants in the browser, shown on the projects sample (the projects module owns it).

async function createProject(page: Page, name: string) {
  await page.goto("/dashboard/projects");
  await page.getByLabel("Project name").fill(name);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByText(name).first()).toBeVisible();
}

test("sign up gets a personal tenant and creates a project", async ({ page }) => {
  await signUp(page, { name: "Ada Lovelace", email: uniqueEmail("ada") });
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(activeTenant(page)).toHaveText("Ada's workspace");
  await createProject(page, "Analytical Engine");
  await page.reload();
  await expect(page.getByText("Analytical Engine").first()).toBeVisible();
});

test("an invited member accepts in another browser and sees the team's project", async ({ page, browser }) => {
  await signUp(page, { name: "Grace Hopper", email: uniqueEmail("grace") });
  await expect(page).toHaveURL(/\/dashboard/);
  await createProject(page, "COBOL compiler");
  const memberEmail = uniqueEmail("member");
  await invite(page, memberEmail, "member");

  // Signing up with the invited address proves nothing: no access yet.
  const other = await browser.newContext();
  const memberPage = await other.newPage();
  await signUp(memberPage, { name: "Mary Member", email: memberEmail });
  await memberPage.waitForURL(/\/dashboard/);
  await expect(memberPage.getByText("COBOL compiler")).toHaveCount(0);
  // The emailed link does.
  await followInvitationEmail(memberPage);
  await expect(memberPage.getByText("Grace's workspace").first()).toBeVisible();
  await memberPage.getByRole("button", { name: "Accept invitation" }).click();
  await memberPage.waitForURL(/\/dashboard$/);
  await memberPage.goto("/dashboard/projects");
  await expect(memberPage.getByText("COBOL compiler").first()).toBeVisible();
  await other.close();
});

test("a viewer cannot create a project", async ({ page, browser }) => {
  await signUp(page, { name: "Owner Olive", email: uniqueEmail("olive") });
  await expect(page).toHaveURL(/\/dashboard/);
  await createProject(page, "Read-only garden");
  const viewerEmail = uniqueEmail("viewer");
  await invite(page, viewerEmail, "viewer");

  const other = await browser.newContext();
  const viewerPage = await other.newPage();
  await signUp(viewerPage, { name: "Victor Viewer", email: viewerEmail });
  await viewerPage.waitForURL(/\/dashboard/);
  await followInvitationEmail(viewerPage);
  await viewerPage.getByRole("button", { name: "Accept invitation" }).click();
  await viewerPage.waitForURL(/\/dashboard$/);
  await viewerPage.goto("/dashboard/projects");
  await expect(viewerPage.getByText("Read-only garden").first()).toBeVisible();
  const create = viewerPage.getByRole("button", { name: "Create project" });
  await expect(create).toHaveCount(0);
  // The server refuses too, whatever the page shows (sent as from the app's own page, so the
  // Origin check passes and the role check is what answers).
  const response = await viewerPage.request.post("/projects", { data: { name: "Sneaky" }, headers: { origin: new URL(viewerPage.url()).origin } });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe("forbidden");
  await other.close();
});

test("an existing user accepts an invitation and switches between tenants", async ({ page, browser }) => {
  await signUp(page, { name: "Ivan Inviter", email: uniqueEmail("ivan") });
  await expect(page).toHaveURL(/\/dashboard/);
  await createProject(page, "Joint venture");

  const other = await browser.newContext();
  const guestPage = await other.newPage();
  const guestEmail = uniqueEmail("existing");
  await signUp(guestPage, { name: "Edith Existing", email: guestEmail });
  await expect(guestPage).toHaveURL(/\/dashboard/);
  await expect(activeTenant(guestPage)).toHaveText("Edith's workspace");

  await invite(page, guestEmail, "member");
  await followInvitationEmail(guestPage);
  await guestPage.getByRole("button", { name: "Accept invitation" }).click();
  await guestPage.waitForURL(/\/dashboard$/);
  await guestPage.goto("/dashboard/projects");
  await expect(activeTenant(guestPage)).toHaveText("Ivan's workspace");
  await expect(guestPage.getByText("Joint venture").first()).toBeVisible();

  // Switch back to the personal tenant: its (empty) project list replaces the team's.
  await guestPage.getByRole("combobox", { name: "Active tenant" }).selectOption({ label: "Edith's workspace" });
  await expect(activeTenant(guestPage)).toHaveText("Edith's workspace");
  await expect(guestPage.getByText("Joint venture")).toHaveCount(0);
  await other.close();
});

test("a guest sees only the projects a teammate adds them to", async ({ page, browser }) => {
  await signUp(page, { name: "Petra Producer", email: uniqueEmail("petra") });
  await expect(page).toHaveURL(/\/dashboard/);
  await createProject(page, "Shared atlas");
  await createProject(page, "Private vault");
  const guestEmail = uniqueEmail("guest");
  await invite(page, guestEmail, "guest");

  const other = await browser.newContext();
  const guestPage = await other.newPage();
  await signUp(guestPage, { name: "Gus Guest", email: guestEmail });
  await guestPage.waitForURL(/\/dashboard/);
  await followInvitationEmail(guestPage);
  await guestPage.getByRole("button", { name: "Accept invitation" }).click();
  await guestPage.waitForURL(/\/dashboard$/);
  await guestPage.goto("/dashboard/projects");
  await expect(guestPage.getByText("Projects appear here once a teammate adds you to them.")).toBeVisible();
  await expect(guestPage.getByText("Shared atlas")).toHaveCount(0);

  // The owner shares one project from its row.
  await page.goto("/dashboard/projects");
  await page.getByRole("button", { name: "Guests of Shared atlas" }).click();
  const dialog = page.getByRole("dialog", { name: "Guests of Shared atlas" });
  await expect(dialog.getByText("No guests yet")).toBeVisible();
  await dialog.getByLabel("Add a guest").selectOption({ label: `Gus Guest (${guestEmail})` });
  await dialog.getByRole("button", { name: "Add guest" }).click();
  await expect(dialog.getByRole("listitem").filter({ hasText: guestEmail })).toBeVisible();
  await expect(dialog.getByLabel("Add a guest")).toBeFocused();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();

  await guestPage.reload();
  await expect(guestPage.getByText("Shared atlas").first()).toBeVisible();
  await expect(guestPage.getByText("Private vault")).toHaveCount(0);
  await expect(guestPage.getByRole("button", { name: /Guests of/ })).toHaveCount(0);

  // Removed again, the project is gone for them.
  await page.getByRole("button", { name: "Guests of Shared atlas" }).click();
  await dialog.getByRole("button", { name: "Remove Gus Guest from Shared atlas" }).click();
  await expect(dialog.getByText("No guests yet")).toBeVisible();
  await expect(dialog.getByLabel("Add a guest")).toBeFocused();
  await guestPage.reload();
  await expect(guestPage.getByText("Projects appear here once a teammate adds you to them.")).toBeVisible();
  await other.close();
});
