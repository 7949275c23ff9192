import { expect, test } from "@playwright/test";
import { decideTranslation } from "../lib/reviews/decide-translation";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { storageStateFor } from "./fixtures/accounts";
import { demoActor, e2eDb } from "./fixtures/factories";
import { editorOf, expectNoAxeViolations, newWorkspaceReport, openParagraph, openWorkspace, row, seeded } from "./fixtures/workspace";

// Around the editor (issue 9): the reviewer's request pinned, "My work" in the menu, save
// errors naming quotations, the sticky source and the folding dashboard.

test.use({ storageState: storageStateFor("ruTranslator") });
test.describe.configure({ timeout: 90_000 });

test("the reviewer's request stays pinned above the editor through a save, and goes once the paragraph is resubmitted", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  const irina = await demoActor("ruTranslator");
  const anna = await demoActor("ruReviewer");
  const ref = { slug, language: "ru", paragraphKey: "p-one" };
  await seeded(() => saveTranslation(e2eDb(), { ...ref, actor: irina, text: "Первый абзац.", baseVersion: 0 }));
  await seeded(() => submitTranslation(e2eDb(), { ...ref, actor: irina }));
  await seeded(() => decideTranslation(e2eDb(), { ...ref, actor: anna, decision: "request-changes", version: 1, comment: "Без цитаты — скажите." }));

  await openWorkspace(page, slug);
  await openParagraph(page, "p-one", 2);
  const pinned = row(page, "p-one").locator("[data-pinned-request]");
  await expect(pinned).toContainText("Changes requested by Anna Lebedeva");
  await expect(pinned).toContainText("Без цитаты — скажите.");
  await expect(pinned.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);

  await editorOf(page, "p-one").fill("Первый абзац, без цитаты.");
  await row(page, "p-one").getByRole("button", { name: "Save", exact: true }).click();
  await expect(row(page, "p-one").getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();
  await expect(row(page, "p-one")).toHaveAttribute("data-state", "draft");
  await expect(pinned).toContainText("Changes requested by Anna Lebedeva");
  await page.reload();
  await expect(editorOf(page, "p-one")).toBeVisible();
  await expect(pinned).toContainText("Без цитаты — скажите.");
  await expectNoAxeViolations(page);

  await row(page, "p-one").getByRole("button", { name: "Submit for review", exact: true }).click();
  await expect(row(page, "p-one").getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  await expect(row(page, "p-one")).toHaveAttribute("data-state", "in-review");
  await expect(pinned).toHaveCount(0);
});

for (const [locale, label] of [["en", "My work"], ["ru", "Моя работа"], ["fr", "Mon travail"]] as const) {
  test(`the account menu leads to my work (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/account`);
    await page.getByRole("banner").getByRole("button", { name: "Irina Volkova" }).click();
    await page.getByRole("banner").getByRole("link", { name: label, exact: true }).click();
    await expect(page).toHaveURL(`/${locale}/work`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Irina Volkova");
  });
}

test("a save refused by the editor names the quotation by its number and speaker, never by its id", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  await openWorkspace(page, slug);
  await openParagraph(page, "p-quote", 3);
  await page.keyboard.insertText("Начало.");
  await row(page, "p-quote").locator('[data-quote-item="q-two"]').getByRole("checkbox").check();
  await row(page, "p-quote").getByRole("button", { name: "Save", exact: true }).click();
  const alert = row(page, "p-quote").getByRole("alert");
  await expect(alert).toContainText("Not saved; nothing was changed.");
  await expect(alert).toContainText("Quotation 2 (Dinara): say where the speaker’s own words come from");
  await expect(alert).not.toContainText("q-two");
});

test("the source stays in view beside a long editor, and the dashboard folds away and stays folded", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { slug } = await newWorkspaceReport();
  await openWorkspace(page, slug);
  const progress = page.getByRole("region", { name: "Progress", exact: true });
  await expect(progress).toBeVisible();
  await page.getByText("Progress, session and shortcuts", { exact: true }).click();
  await expect(progress).toBeHidden();
  await expect(page.locator('[data-dashboard="folded"]')).toBeVisible();
  await page.reload();
  await expect(page.locator('.ws-rows[data-ready="true"]')).toBeVisible();
  await expect(page.locator('[data-dashboard="folded"]')).toBeVisible();
  await expect(progress).toBeHidden();
  const irina = await demoActor("ruTranslator");
  expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("ws-panels-folded:")))).toEqual([`ws-panels-folded:${irina.id}`]);

  await openParagraph(page, "p-one", 2);
  await editorOf(page, "p-one").fill(Array.from({ length: 60 }, (_, index) => `Предложение номер ${index + 1} длинного перевода.`).join(" "));
  const source = row(page, "p-one").locator(".ws-source");
  const placed = await row(page, "p-one").evaluate((element) => {
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY + 500);
    const cell = element.querySelector(".ws-source")!.getBoundingClientRect();
    return { rowTop: element.getBoundingClientRect().top, rowBottom: element.getBoundingClientRect().bottom, sourceTop: cell.top };
  });
  expect(placed.rowTop).toBeLessThan(-400);
  expect(placed.rowBottom).toBeGreaterThan(720);
  expect(placed.sourceTop).toBeGreaterThanOrEqual(0);
  expect(placed.sourceTop).toBeLessThan(100);
  await expect(source).toBeInViewport();

  await page.getByText("Progress, session and shortcuts", { exact: true }).click();
  await expect(progress).toBeVisible();
  await expectNoAxeViolations(page);
});

test("find in the workspace searches the original and the saved translation, lists the paragraphs and opens one", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  const irina = await demoActor("ruTranslator");
  await seeded(() => saveTranslation(e2eDb(), { slug, language: "ru", paragraphKey: "p-one", actor: irina, text: "Первый абзац об Алматы.", baseVersion: 0 }));
  await openWorkspace(page, slug);
  const find = page.getByRole("search", { name: "Find in the original and the translation" });
  const box = find.getByRole("searchbox", { name: "Find in the original and the translation" });

  await box.fill("АЛМАТЫ");
  await expect(find.getByRole("status")).toHaveText("1 paragraph contains “АЛМАТЫ”:");
  await expect(find.locator("[data-find-result]")).toHaveCount(1);
  await expect(find.locator('[data-find-result="p-one"] [lang="ru"]')).toHaveText("Первый абзац об Алматы.");

  await box.fill("venue");
  await expect(find.locator("[data-find-result]")).toHaveCount(1);
  await expect(find.locator('[data-find-result="p-quote"] [lang="fr"]')).toContainText("Je suis venue ici");
  await expectNoAxeViolations(page);
  await find.getByRole("button", { name: "Paragraph 3, original" }).click();
  await expect(editorOf(page, "p-quote")).toBeFocused();
  await expect(page).toHaveURL(/#p-quote$/);

  await box.fill("q-one");
  await expect(find.getByRole("status")).toHaveText("No paragraph contains “q-one”.");
  await expect(find.locator("[data-find-result]")).toHaveCount(0);
});
