import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { newUser } from "./fixtures/factories";
import { signInAs } from "./fixtures/sign-in";

// @axe-core/playwright brings its own playwright-core, whose Page type differs in details.
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`), label).toEqual([]);
}

test.describe("as the admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("creates a user with a role, resets their password, and they sign in with it", async ({ page, browser }) => {
    const email = `new-${crypto.randomUUID().slice(0, 8)}@newsroom.test`;
    await page.goto("/en/admin/users");
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill("Léa Martin");
    await form.getByLabel("E-mail address").fill(email);
    await form.getByLabel("Initial password").fill("initial-password-1");
    await form.getByLabel("Translator (Russian)").check();
    await form.getByRole("button", { name: "Create the account" }).click();
    await expect(form.getByText("Account for Léa Martin created.")).toBeVisible();

    const card = page.locator(`[data-user="${email}"]`);
    await expect(card.getByRole("heading", { name: "Léa Martin" })).toBeVisible();
    await expect(card.getByRole("list", { name: "Roles of Léa Martin" })).toContainText("Translator (Russian)");

    await card.getByText("Reset the password").click();
    await card.getByLabel("New password").fill("changed-password-2");
    await card.getByRole("button", { name: "Set the password" }).click();
    await expect(card.getByText("Password reset; no session was open, no access token to revoke.")).toBeVisible();

    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const lea = await context.newPage();
    await signInAs(lea, { email, password: "changed-password-2" });
    await expect(lea.getByText("Translator (Russian)")).toBeVisible();
    await context.close();
  });

  test("changes a user's roles and removes one", async ({ page }) => {
    const user = await newUser({ roles: [{ role: "translator", language: "en" }] });
    await page.goto("/en/admin/users");
    const card = page.locator(`[data-user="${user.email}"]`);
    await card.getByText("Change roles").click();
    const rolesForm = card.getByRole("form", { name: `Change the roles of ${user.name}` });
    await rolesForm.getByLabel("Reviewer (English)").check();
    await rolesForm.getByRole("button", { name: "Save the roles" }).click();
    const roles = card.getByRole("list", { name: `Roles of ${user.name}` });
    await expect(roles).toContainText("Reviewer (English)");

    // removing asks first; cancelling keeps the role, confirming removes it and says so
    await card.getByRole("button", { name: `Remove the role Translator (English) from ${user.name}` }).click();
    const confirm = card.getByRole("group", { name: `Remove the role Translator (English) from ${user.name}?` });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toHaveCount(0);
    await expect(roles).toContainText("Translator (English)");
    await card.getByRole("button", { name: `Remove the role Translator (English) from ${user.name}` }).click();
    await confirm.getByRole("button", { name: "Yes, remove it" }).click();
    await expect(card.getByText(`The role Translator (English) was removed from ${user.name}.`)).toBeVisible();
    await expect(roles).not.toContainText("Translator (English)");
    await expect(roles).toContainText("Reviewer (English)");
    await expect(page.locator(`[data-user-row="${user.email}"]`)).toContainText("Reviewer (English)");
  });

  test("finds users by name or e-mail in the table, with their roles and last sign-in", async ({ page }) => {
    const user = await newUser({ name: `Zoé Recherche ${crypto.randomUUID().slice(0, 6)}`, roles: [{ role: "reviewer", language: "ru" }] });
    await page.goto("/en/admin/users");
    const search = page.getByRole("search", { name: "Find a user by name or e-mail" });
    await search.getByLabel("Find a user by name or e-mail").fill(user.name.toUpperCase());
    await search.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\?q=/);
    const rows = page.getByTestId("users-table").locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(user.email);
    await expect(rows.first()).toContainText("Reviewer (Russian)");
    await expect(rows.first()).toContainText("Never signed in");
    await expect(rows.first()).toContainText("Active");
    // Emma signed in (e2e/auth.setup.ts): her last sign-in is a date
    await page.goto("/en/admin/users?q=emma.clarke%40newsroom.test");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).not.toContainText("Never signed in");
    await expect(rows.first()).toContainText(/20\d\d/);
    await page.goto("/en/admin/users?q=nobody-by-this-name");
    await expect(page.getByText("No user matches “nobody-by-this-name”.")).toBeVisible();
    await expect(page.getByTestId("users-table")).toHaveCount(0);
  });

  test("cannot untick their own admin box", async ({ page }) => {
    await page.goto("/en/admin/users");
    const self = page.locator('[data-user="admin@newsroom.test"]');
    await self.getByText("Change roles").click();
    await expect(self.getByRole("checkbox", { name: "Admin" })).toBeDisabled();
    await expect(self.getByRole("checkbox", { name: "Admin" })).toBeChecked();
    await expect(self.getByText("You cannot remove your own administrator rights.")).toBeVisible();
  });

  test("is not offered a reset of their own password, but the way to the account page", async ({ page }) => {
    await page.goto("/en/admin/users");
    const self = page.locator('[data-user="admin@newsroom.test"]');
    await expect(self.getByText("Your own password is changed on your account page, with your current one.")).toBeVisible();
    await expect(self.getByText("Reset the password")).toHaveCount(0);
    await self.getByRole("link", { name: "your account page" }).click();
    await expect(page).toHaveURL("/en/account");
  });

  test("a refused account names its problems in the interface language", async ({ page }) => {
    await page.goto("/ru/admin/users");
    const form = page.getByRole("form", { name: "Добавить пользователя" });
    await form.getByLabel("Имя").fill("Дубликат");
    await form.getByLabel("Адрес электронной почты").fill("admin@newsroom.test");
    await form.getByLabel("Начальный пароль").fill("long-enough-password");
    await form.getByRole("button", { name: "Создать учётную запись" }).click();
    await expect(form.getByRole("alert")).toHaveText("Учётная запись с этим адресом электронной почты уже существует.");
  });

  test("the users page has no accessibility violations", async ({ page }) => {
    test.slow();
    await page.goto("/en/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await expectNoViolations(page, "users");
  });

  test("the account page and the open account menu have no accessibility violations", async ({ page }) => {
    test.slow();
    await page.goto("/ru/account");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoViolations(page, "account");
    await page.getByRole("banner").getByRole("button", { name: "Claire Morel" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Пользователи" })).toBeVisible();
    await expectNoViolations(page, "account menu open");
  });
});

test.describe("as a translator", () => {
  test.use({ storageState: storageStateFor("ruTranslator") });

  test("the users page answers 403", async ({ page }) => {
    const response = await page.goto("/en/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("button", { name: "Irina Volkova" })).toBeVisible();

    expect((await page.goto("/ru/admin/users"))?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Доступ запрещён" })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Репортажи" })).toBeVisible();
  });
});

test("anonymous visitors are sent to sign in first, and the sign-in page is accessible", async ({ page }) => {
  await page.goto("/fr/admin/users");
  await expect(page).toHaveURL("/fr/sign-in?next=%2Ffr%2Fadmin%2Fusers");
  await expectNoViolations(page, "sign-in");
});
