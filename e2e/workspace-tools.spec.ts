import { expect, test } from "@playwright/test";
import { decideTranslation } from "../lib/reviews/decide-translation";
import { SAMPLE_MDX, createTestReport } from "../lib/testing/fixtures";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { storageStateFor } from "./fixtures/accounts";
import { demoActor, e2eDb } from "./fixtures/factories";
import { editorOf, expectNoAxeViolations, newWorkspaceReport, openParagraph, openWorkspace, revisionsOf, row, seeded } from "./fixtures/workspace";

test.use({ storageState: storageStateFor("ruTranslator") });


test("keyboard: Alt+↓ opens paragraphs, Ctrl+S saves, Ctrl+Enter saves, submits and opens the next needing work", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  await openWorkspace(page, slug);
  const shortcuts = page.getByRole("region", { name: "Keyboard shortcuts" });
  await expect(shortcuts).toContainText("Save, submit for review and open the next paragraph needing work");

  await page.keyboard.press("Alt+ArrowDown");
  await expect(editorOf(page, "h-intro")).toBeFocused();
  await page.keyboard.type("Заголовок");
  await page.keyboard.press("Control+s");
  await expect(row(page, "h-intro").getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();

  await page.keyboard.press("Alt+ArrowDown");
  const first = editorOf(page, "p-one");
  await expect(first).toBeFocused();
  await page.keyboard.type("Первый абзац.");
  await page.keyboard.press("Control+Enter");
  await expect(row(page, "p-one")).toHaveAttribute("data-state", "in-review");
  await expect(editorOf(page, "p-quote")).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Paragraph 2 submitted for review; paragraph 3 is open." })).toBeAttached();

  const session = page.getByRole("region", { name: "Your session" });
  await expect(session).toContainText("2 paragraphs saved (2 versions)");
  await expect(session).toContainText("1 submitted for review");
  await expect(session).toContainText("3 words in the paragraphs you saved");
  await expect(session).toContainText("22 characters in the paragraphs you saved");
  await expect(page.locator("[data-continue]")).toHaveText("Continue where you left off (paragraph 3)");

  await page.keyboard.press("Alt+ArrowUp");
  await expect(editorOf(page, "p-one")).toBeFocused();
  await expect(row(page, "h-intro")).toHaveAttribute("data-state", "draft");
  expect((await revisionsOf(slug, "p-one")).map((revision) => revision.text)).toEqual(["Первый абзац."]);
});

test("history lists every revision with its author, diffs any two, and restoring makes a new revision", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  const irina = await demoActor("ruTranslator");
  const dmitri = await demoActor("ruTranslator2");
  const ref = { slug, language: "ru", paragraphKey: "p-one" };
  await seeded(() => saveTranslation(e2eDb(), { ...ref, actor: irina, text: "Первый абзац без цитаты.", baseVersion: 0 }));
  await seeded(() => saveTranslation(e2eDb(), { ...ref, actor: dmitri, text: "Первый абзац, в котором нет цитат.", baseVersion: 1 }));

  await openWorkspace(page, slug);
  await openParagraph(page, "p-one", 2);
  const history = row(page, "p-one").getByRole("region", { name: "History", exact: true });
  await expect(history.locator("[data-version]")).toHaveCount(2);
  await expect(history.locator('[data-version="2"]')).toContainText("Version 2 · Dmitri Sokolov");
  await expect(history.locator('[data-version="1"]')).toContainText("Version 1 · Irina Volkova");
  await expect(history.locator(".history-compare")).toHaveAttribute("data-compare", "1-2");
  await expect(history.locator(".word-diff del")).toHaveText(["removed: без цитаты"]);
  await expect(history.locator(".word-diff ins")).toHaveText(["added: , в котором нет цитат"]);

  await history.getByRole("button", { name: "Restore version 1" }).click();
  await expect(row(page, "p-one").getByRole("status").filter({ hasText: "Version 1 restored as version 3." })).toBeVisible();
  await expect(history.locator('[data-version="3"]')).toContainText("Restored from version 1");
  await expect(editorOf(page, "p-one")).toHaveText("Первый абзац без цитаты.");
  await history.getByLabel("From", { exact: true }).selectOption("2");
  await history.getByLabel("To", { exact: true }).selectOption("3");
  await expect(history.locator(".word-diff ins")).toHaveText(["added: без цитаты"]);
  expect((await revisionsOf(slug, "p-one")).map((revision) => [revision.version, revision.restoredFromVersion])).toEqual([[1, null], [2, null], [3, 1]]);
  await expectNoAxeViolations(page);
});

test("comments are posted with who and when, and a reviewer's request for changes is shown", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  const irina = await demoActor("ruTranslator");
  const anna = await demoActor("ruReviewer");
  const ref = { slug, language: "ru", paragraphKey: "p-one" };
  await seeded(() => saveTranslation(e2eDb(), { ...ref, actor: irina, text: "Первый абзац.", baseVersion: 0 }));
  await seeded(() => submitTranslation(e2eDb(), { ...ref, actor: irina }));
  await seeded(() => decideTranslation(e2eDb(), { ...ref, actor: anna, decision: "request-changes", version: 1, comment: "Слишком коротко." }));

  await openWorkspace(page, slug);
  await expect(row(page, "p-one")).toHaveAttribute("data-state", "changes-requested");
  await openParagraph(page, "p-one", 2);
  await expect(row(page, "p-one").locator('[data-decision="request-changes"]')).toContainText("Changes requested by Anna Lebedeva");
  await expect(row(page, "p-one").locator('[data-decision="request-changes"]')).toContainText("Слишком коротко.");

  const comments = row(page, "p-one").getByRole("region", { name: "Comments", exact: true });
  await comments.getByLabel("Add a comment").fill("Исправлю <b>сегодня</b>.");
  await comments.getByRole("button", { name: "Post comment" }).click();
  await expect(comments.locator(".comment")).toHaveCount(1);
  await expect(comments.locator(".comment-meta")).toContainText("Irina Volkova");
  await expect(comments.locator(".comment-body")).toHaveText("Исправлю <b>сегодня</b>.");
  await expect(comments.locator(".comment-body b")).toHaveCount(0);
});

test("an outdated paragraph shows how the original changed next to the translation", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  const ref = { slug, language: "ru", paragraphKey: "p-one" };
  const irina = await demoActor("ruTranslator");
  const anna = await demoActor("ruReviewer");
  await seeded(() => saveTranslation(e2eDb(), { ...ref, actor: irina, text: "Первый абзац.", baseVersion: 0 }));
  await seeded(() => submitTranslation(e2eDb(), { ...ref, actor: irina }));
  await seeded(() => decideTranslation(e2eDb(), { ...ref, actor: anna, decision: "approve", version: 1 }));
  await seeded(() => createTestReport(e2eDb(), { slug, mdx: SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe corrigé, sans citation.") }));

  await openWorkspace(page, slug, { show: "outdated" });
  await expect(page.locator("[data-paragraph]")).toHaveCount(1);
  await openParagraph(page, "p-one", 2);
  const change = row(page, "p-one").locator("[data-source-change]");
  await expect(change).toContainText("The original changed after this translation was approved");
  await expect(change.locator('.word-diff[lang="fr"] ins')).toContainText(["corrigé"]);
});

test("anonymous visitors are sent to sign in; other languages' translators get a 403; reviewers only read", async ({ browser }) => {
  const { slug } = await newWorkspaceReport();
  const anonymous = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const visitor = await anonymous.newPage();
  await visitor.goto(`/en/translate/${slug}/ru`);
  await expect(visitor).toHaveURL(new RegExp(`/en/sign-in\\?next=${encodeURIComponent(`/en/translate/${slug}/ru`)}$`));
  await anonymous.close();

  const english = await browser.newContext({ storageState: storageStateFor("enTranslator") });
  const emma = await english.newPage();
  const refused = await emma.goto(`/fr/translate/${slug}/ru`);
  expect(refused?.status()).toBe(403);
  await expect(emma.getByRole("heading", { level: 1 })).toHaveText("Vous ne pouvez pas ouvrir cet espace");
  await english.close();

  const reviewer = await browser.newContext({ storageState: storageStateFor("ruReviewer") });
  const anna = await reviewer.newPage();
  await openWorkspace(anna, slug);
  await expect(anna.getByText("only Russian translators edit here")).toBeVisible();
  await row(anna, "p-one").getByRole("button", { name: "History and comments of paragraph 2" }).click();
  await expect(row(anna, "p-one").getByRole("region", { name: "Comments", exact: true })).toBeVisible();
  await expect(anna.locator(".ws-prose")).toHaveCount(0);
  await reviewer.close();
});

for (const locale of ["en", "fr", "ru"]) {
  test(`the workspace has no axe violations with a paragraph open (${locale} interface)`, async ({ page }) => {
    const { slug } = await newWorkspaceReport();
    const irina = await demoActor("ruTranslator");
    await seeded(() => saveTranslation(e2eDb(), { slug, language: "ru", paragraphKey: "p-one", actor: irina, text: "Первый абзац.", baseVersion: 0 }));
    await openWorkspace(page, slug, { locale });
    await row(page, "p-quote").locator("[data-open-button]").click();
    await expect(row(page, "p-quote").locator(".comments")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("the list of workspaces leads to a report's workspace, and a link with #paragraph opens it", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  await page.goto("/en/translate");
  const entry = page.locator(`[data-workspace="${slug}/ru"]`);
  await expect(entry).toContainText("3 paragraphs need work, 0 in review, 0 approved, of 3");
  await expect(page.locator(`[data-workspace="${slug}/en"]`)).toHaveCount(0);
  await entry.getByRole("link", { name: "Translate into Russian" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/translate/${slug}/ru$`));

  await page.goto(`/en/translate/${slug}/ru?show=all#p-quote`);
  await expect(editorOf(page, "p-quote")).toBeFocused();
});
