import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { demoActor, newUser } from "./fixtures/factories";
import { axeViolations, decide, newReviewer, newReviewReport, submit } from "./fixtures/review";

// Several browser contexts, a production render each, and an axe scan: slow on a busy machine.
test.describe.configure({ timeout: 120_000 });

test.describe("admin activity", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("lists each change with who, when, from → to and the comment, filtered by person, language and state", async ({ page }) => {
    const { slug } = await newReviewReport();
    const reviewer = await newReviewer("ru");
    const irina = await demoActor("ruTranslator");
    const ref = { slug, paragraphKey: "p-one", language: "ru" as const };
    const version = await submit(ref, irina, "Первый абзац.");
    await decide({ ...ref, actor: reviewer, decision: "request-changes", version, comment: "Без цитаты — «без цитаты»." });

    // an admin finds the page in the account menu
    await page.goto("/en");
    await page.getByRole("banner").getByRole("button", { name: "Claire Morel" }).click();
    await page.getByRole("banner").getByRole("link", { name: "Activity" }).click();
    await expect(page).toHaveURL("/en/admin/activity");
    await page.getByRole("combobox", { name: "Kind of change" }).selectOption({ label: "Translations" });
    await page.getByRole("combobox", { name: "Person" }).selectOption({ label: reviewer.name });
    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    await page.getByRole("combobox", { name: "New state" }).selectOption("changes-requested");
    await page.getByRole("button", { name: "Apply the filters" }).click();
    await expect(page).toHaveURL(`/en/admin/activity?kind=translations&person=${reviewer.id}&language=ru&state=changes-requested`);
    await expect(page.getByTestId("activity-count")).toHaveText("1 change");
    const entry = page.getByTestId("activity-list").locator("li");
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("Changes requested In review → Changes requested");
    await expect(entry).toContainText(`by ${reviewer.name}`);
    await expect(entry).toContainText("Без цитаты — «без цитаты».");
    await expect(entry.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

    await entry.getByRole("link", { name: "Paragraph 2" }).click();
    await expect(page).toHaveURL(`/en/reports/${slug}#p-one`);
    await expect(page.locator('[data-paragraph="p-one"] [data-col="fr"]')).toBeVisible();
  });

  test("shows who gave whom a role, filtered to user administration and by person, and passes axe", async ({ page }) => {
    const user = await newUser({ roles: [{ role: "translator", language: "en" }] });
    await page.goto("/en/admin/users");
    const card = page.locator(`[data-user="${user.email}"]`);
    await card.getByText("Change roles").click();
    await card.getByRole("form", { name: `Change the roles of ${user.name}` }).getByLabel("Reviewer (English)").check();
    await card.getByRole("button", { name: "Save the roles" }).click();
    await expect(card.getByRole("list", { name: `Roles of ${user.name}` })).toContainText("Reviewer (English)");

    await page.goto("/en/admin/activity");
    await page.getByRole("combobox", { name: "Kind of change" }).selectOption({ label: "User administration" });
    await page.getByRole("combobox", { name: "Person" }).selectOption({ label: user.name });
    await page.getByRole("button", { name: "Apply the filters" }).click();
    await expect(page).toHaveURL(`/en/admin/activity?kind=users&person=${user.id}&language=&state=`);
    await expect(page.getByTestId("activity-count")).toHaveText("2 changes");
    const entries = page.getByTestId("activity-list").locator("li");
    await expect(entries.first()).toContainText(`Claire Morel gave ${user.name} the reviewer role for English`);
    await expect(entries.first()).toContainText("User administration");
    await expect(entries.first().locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(entries.nth(1)).toContainText(`The command line created the account of ${user.name}`);
    await expect(entries.nth(1)).toContainText("Roles from the start: Translator (English)");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("is paginated and server-rendered, says when a filter was not understood, and passes axe", async ({ page }) => {
    await page.goto("/fr/admin/activity?state=published&language=ru");
    await expect(page.getByText("Certains filtres de l’adresse n’ont pas été compris et ont été ignorés.")).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Langue" })).toHaveValue("ru");
    await expect(page.getByRole("combobox", { name: "Nouvel état" })).toHaveValue("");
    await page.goto("/en/admin/activity");
    const pages = page.getByRole("navigation", { name: "Pages" });
    await expect(pages).toContainText(/Page 1 of \d+/);
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL("/en/admin/activity?page=2");
    await expect(page.getByTestId("activity-list").locator("li")).toHaveCount(25);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test("the activity page is for admins only", async ({ browser }) => {
  const reviewer = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
  expect((await reviewer.goto("/ru/admin/activity"))?.status()).toBe(403);
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Только для администраторов");
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto("/en/admin/activity");
  await expect(anonymous).toHaveURL(`/en/sign-in?next=${encodeURIComponent("/en/admin/activity")}`);
});
