import { expect, test, type Browser } from "@playwright/test";
import { storageStateFor, type DemoAccount } from "./fixtures/accounts";
import { expectNoAxeViolations, newWorkspaceReport, openParagraph, openWorkspace, reloadLeavingUnsaved, revisionsOf, row } from "./fixtures/workspace";

// Two browsers, each polling the server: give them time on a busy machine.
test.slow();

async function translatorPage(browser: Browser, account: DemoAccount) {
  const context = await browser.newContext({ storageState: storageStateFor(account) });
  return { context, page: await context.newPage() };
}

test("a translator opening a paragraph someone is editing sees who, and since when; the mark goes when they leave", async ({ browser }) => {
  const { slug } = await newWorkspaceReport();
  const irina = await translatorPage(browser, "ruTranslator");
  const dmitri = await translatorPage(browser, "ruTranslator2");

  await openWorkspace(irina.page, slug);
  const marked = irina.page.waitForResponse((response) => response.url().endsWith("/presence") && response.request().postData()?.includes("p-one") === true);
  await openParagraph(irina.page, "p-one", 2);
  expect((await marked).ok()).toBe(true);

  await openWorkspace(dmitri.page, slug);
  await expect(row(dmitri.page, "p-one").locator(".ws-badge-presence")).toContainText("Irina Volkova is editing it (since");
  await openParagraph(dmitri.page, "p-one", 2);
  await expect(row(dmitri.page, "p-one").locator("[data-presence-notice]")).toContainText("Irina Volkova is also editing this paragraph (since");
  await expect(row(irina.page, "p-one").locator("[data-presence-notice]")).toContainText("Dmitri Sokolov is also editing this paragraph", { timeout: 20_000 });

  await row(irina.page, "p-one").getByRole("button", { name: "Close", exact: true }).click();
  await expect(row(dmitri.page, "p-one").locator("[data-presence-notice]")).toHaveCount(0, { timeout: 20_000 });
  await irina.context.close();
  await dmitri.context.close();
});

test("two translators save the same paragraph: the second sees both texts, merges, and both texts are in the history", async ({ browser }) => {
  const { slug } = await newWorkspaceReport();
  const irina = await translatorPage(browser, "ruTranslator");
  const dmitri = await translatorPage(browser, "ruTranslator2");
  await openWorkspace(irina.page, slug);
  await openWorkspace(dmitri.page, slug);
  await openParagraph(irina.page, "p-one", 2);
  await openParagraph(dmitri.page, "p-one", 2);

  await row(irina.page, "p-one").getByLabel("Translation", { exact: true }).fill("Первый абзац, перевод Ирины.");
  await row(irina.page, "p-one").getByRole("button", { name: "Save", exact: true }).click();
  await expect(row(irina.page, "p-one").getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();

  const field = row(dmitri.page, "p-one").getByLabel("Translation", { exact: true });
  await field.fill("Первый абзац, перевод Дмитрия.");
  await row(dmitri.page, "p-one").getByRole("button", { name: "Save", exact: true }).click();
  const conflict = row(dmitri.page, "p-one").locator("[data-conflict]");
  await expect(row(dmitri.page, "p-one").getByRole("alert")).toContainText("Not saved: someone saved this paragraph");
  await expect(conflict.locator('[data-conflict-side="theirs"]')).toContainText("Their text (version 1, Irina Volkova)");
  await expect(conflict.locator('[data-conflict-side="theirs"]')).toContainText("Первый абзац, перевод Ирины.");
  await expect(conflict.locator('[data-conflict-side="mine"]')).toContainText("Первый абзац, перевод Дмитрия.");
  await expect(conflict.locator(".word-diff del")).toContainText(["Ирины"]);
  await expect(conflict.locator(".word-diff ins")).toContainText(["Дмитрия"]);
  await expect(field).toHaveText("Первый абзац, перевод Дмитрия.");
  await expectNoAxeViolations(dmitri.page);

  // the refused text is also kept in the browser
  await reloadLeavingUnsaved(dmitri.page);
  await expect(row(dmitri.page, "p-one").getByRole("group", { name: "Unsaved text" })).toContainText("based on version 0");
  await row(dmitri.page, "p-one").getByRole("button", { name: "Restore unsaved text" }).click();
  await dmitri.page.keyboard.press("Control+s");
  await expect(row(dmitri.page, "p-one").locator("[data-conflict]")).toBeVisible();

  await field.fill("Первый абзац, перевод Ирины и Дмитрия.");
  await row(dmitri.page, "p-one").getByRole("button", { name: "Save", exact: true }).click();
  await expect(row(dmitri.page, "p-one").getByRole("status").filter({ hasText: "Saved as version 2." })).toBeVisible();
  await expect(row(dmitri.page, "p-one").locator("[data-conflict]")).toHaveCount(0);

  const history = row(dmitri.page, "p-one").getByRole("region", { name: "History", exact: true });
  await expect(history.locator('[data-version="2"]')).toContainText("Dmitri Sokolov");
  await expect(history.locator('[data-version="1"]')).toContainText("Irina Volkova");
  expect((await revisionsOf(slug, "p-one")).map((revision) => [revision.version, revision.author.name, revision.text])).toEqual([
    [1, "Irina Volkova", "Первый абзац, перевод Ирины."],
    [2, "Dmitri Sokolov", "Первый абзац, перевод Ирины и Дмитрия."],
  ]);
  await irina.context.close();
  await dmitri.context.close();
});
