import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { bearer, tokenFor } from "./fixtures/api";
import { e2eDb, newReport, newUser } from "./fixtures/factories";
import { signInAs, submitSignIn } from "./fixtures/sign-in";

type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
async function violations(page: Page) {
  const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(WCAG).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
}

test.describe.configure({ timeout: 90_000 });
test.use({ storageState: storageStateFor("admin") });

test("a deactivated user's token gets 401 and their session ends at once; they cannot sign in until reactivated", async ({ page, browser, request }) => {
  const user = await newUser({ roles: [{ role: "translator", language: "ru" }] });
  const token = bearer(await tokenFor(user));
  expect((await request.get("/api/me", { headers: token })).status()).toBe(200);
  const theirs = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const them = await theirs.newPage();
  await signInAs(them, user);

  await page.goto("/en/admin/users");
  const card = page.locator(`[data-user="${user.email}"]`);
  await expect(card.getByText("They can no longer sign in; their sessions end and their access tokens are revoked at once. Their work and history are kept.")).toBeVisible();
  await card.getByRole("form", { name: `Deactivate the account of ${user.name}` }).getByRole("button", { name: "Deactivate the account" }).click();
  await expect(card).toHaveAttribute("data-active", "false");
  await expect(card.getByRole("heading", { name: new RegExp(`${user.name}.*Deactivated`) })).toBeVisible();

  // the token is refused at once, and the open session opens nothing any more
  const refused = await request.get("/api/me", { headers: { ...token, "accept-language": "ru" } });
  expect(refused.status()).toBe(401);
  await them.goto("/ru/account");
  await expect(them).toHaveURL(/\/ru\/sign-in/);
  // signing in again is refused, in the interface language
  await them.goto("/ru/sign-in");
  await submitSignIn(them, user);
  await expect(them.getByRole("main").getByRole("alert")).toHaveText(/Эта учётная запись отключена: попросите администратора включить её снова\./);
  // recorded, and the account with its history kept
  const events = await e2eDb().adminEvent.findMany({ where: { targetUserId: user.id, action: "user-deactivated" } });
  expect(events).toHaveLength(1);
  expect(JSON.parse(events[0].details)).toEqual({ endedSessions: 1, revokedTokens: 1 });

  await card.getByRole("button", { name: "Reactivate the account" }).click();
  await expect(card).toHaveAttribute("data-active", "true");
  await signInAs(them, user);
  await theirs.close();
});

test("after a role is removed, the change-roles form no longer has it ticked, and saving does not give it back", async ({ page }) => {
  const user = await newUser({ roles: [{ role: "translator", language: "en" }, { role: "reviewer", language: "en" }] });
  await page.goto("/en/admin/users");
  const card = page.locator(`[data-user="${user.email}"]`);
  await card.getByText("Change roles").click();
  const rolesForm = card.getByRole("form", { name: `Change the roles of ${user.name}` });
  await expect(rolesForm.getByLabel("Translator (English)")).toBeChecked();
  await card.getByRole("button", { name: `Remove the role Translator (English) from ${user.name}` }).click();
  await card.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(card.getByText(`The role Translator (English) was removed from ${user.name}.`)).toBeVisible();
  const roles = card.getByRole("list", { name: `Roles of ${user.name}` });
  await expect(roles).not.toContainText("Translator (English)");
  await expect(rolesForm.getByLabel("Translator (English)")).not.toBeChecked();
  await rolesForm.getByRole("button", { name: "Save the roles" }).click();
  await expect(rolesForm.getByText("Roles saved.")).toBeVisible();
  await expect(roles).not.toContainText("Translator (English)");
  const grants = await e2eDb().languageRole.findMany({ where: { userId: user.id } });
  expect(grants.map((grant) => `${grant.role}:${grant.language}`)).toEqual(["reviewer:en"]);
});

for (const locale of ["fr", "en", "ru"] as const) {
  test(`the users page, with a deactivated user, has no accessibility violations in ${locale}`, async ({ page }) => {
    const user = await newUser();
    await e2eDb().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    await page.goto(`/${locale}/admin/users`);
    await expect(page.locator(`[data-user="${user.email}"]`)).toHaveAttribute("data-active", "false");
    expect(await violations(page)).toEqual([]);
  });
}

test("an admin without a role for a language is told, on the 403 page, how to give themself the role", async ({ page }) => {
  const { slug } = await newReport();
  const response = await page.goto(`/en/review/${slug}/en`);
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toContainText("You are an administrator without the reviewer role for this language: give it to yourself on the users page (Change roles), then come back.");
  await page.getByRole("link", { name: "Give yourself the role on the users page" }).click();
  await expect(page).toHaveURL("/en/admin/users");
  expect((await page.goto(`/ru/translate/${slug}/ru`))?.status()).toBe(403);
  await expect(page.getByRole("link", { name: "Назначить себе роль на странице пользователей" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
