import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { BOTH_QUOTES, editorOf, marksIn, newWorkspaceReport, openParagraph, openWorkspace, reloadLeavingUnsaved, revisionsOf, row, wordsIn } from "./fixtures/workspace";

test.use({ storageState: storageStateFor("ruTranslator") });

test("a translator translates inside the quotations of one editor, saves a revision, and the ids survive", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  await openWorkspace(page, slug);
  const quoted = row(page, "p-quote");
  await expect(page.locator("[data-paragraph]")).toHaveCount(3);
  await expect(quoted.locator('.ws-source[lang="fr"] q[data-quote="q-one"]')).toHaveText("Je suis venue ici");
  await expect(quoted.locator('[data-status="missing"]')).toBeVisible();

  await openParagraph(page, "p-quote", 3);
  await expect(editorOf(page, "p-quote")).toHaveAttribute("lang", "ru");
  await expect(quoted.locator('[data-quote-item="q-one"]')).toContainText("Quotation 1: Dinara (habitante d’Almaty)");
  await expect(quoted.locator('[data-quote-item="q-one"] q[lang="fr"]')).toHaveText("Je suis venue ici");
  await expect(quoted.locator('.ws-prose [data-quote-boundary="start"][data-quote="q-one"]')).toHaveAttribute("title", "Quotation 1, Dinara: “Je suis venue ici”");
  await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
  await page.keyboard.insertText("«");
  await quoted.getByRole("button", { name: "Type in quotation 1" }).click();
  await page.keyboard.insertText("Я пришла сюда");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.insertText("», — рассказывает Динара. «");
  await quoted.getByRole("button", { name: "Type in quotation 2" }).click();
  await page.keyboard.insertText("Это была война");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.insertText("», — говорит она.");
  await expect(quoted.locator("[data-unsaved]")).toBeVisible();
  await quoted.getByRole("button", { name: "Save", exact: true }).click();

  await expect(quoted.getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
  await expect(quoted).toHaveAttribute("data-state", "draft");
  const [saved] = await revisionsOf(slug, "p-quote");
  expect(saved.text).toBe(`«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>», — говорит она.`);
  expect(saved.author.name).toBe("Irina Volkova");

  // the open paragraph is in the address: a reload opens it again, with the saved text
  await page.reload();
  await expect(editorOf(page, "p-quote")).toBeVisible();
  await expect.poll(() => wordsIn(page, "p-quote")).toBe("«[Я пришла сюда]», — рассказывает Динара. «[Это была война]», — говорит она.");
  await expect(row(page, "p-quote")).toContainText("version 1 by Irina Volkova");
  await row(page, "p-quote").getByRole("button", { name: "Close", exact: true }).click();
  await expect(row(page, "p-quote").locator('.ws-read q[data-quote="q-two"]')).toHaveText("Это была война");

  // the public reader shows it at once, as unreviewed
  await page.goto(`/en/reports/${slug}`);
  await expect(page.locator('[data-paragraph="p-quote"] [lang="ru"][data-status="draft"]')).toBeAttached();
});

test("typing not yet saved survives a reload and is offered back", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  await openWorkspace(page, slug);
  await openParagraph(page, "p-one", 2);
  await editorOf(page, "p-one").fill("Первый абзац, ещё не сохранённый.");
  await expect(row(page, "p-one").locator("[data-unsaved]")).toBeVisible();

  await reloadLeavingUnsaved(page);
  await expect(page.locator('.ws-rows[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "kept unsaved text for 1 paragraph" })).toBeVisible();
  const offer = row(page, "p-one").getByRole("group", { name: "Unsaved text" });
  await expect(offer).toContainText("Unsaved text from");
  await offer.getByRole("button", { name: "Restore unsaved text" }).click();
  await expect(editorOf(page, "p-one")).toHaveText("Первый абзац, ещё не сохранённый.");
  await page.keyboard.press("Control+s");
  await expect(row(page, "p-one").getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();

  await page.reload();
  await expect(page.locator('.ws-rows[data-ready="true"]')).toBeVisible();
  await expect(row(page, "p-one").getByRole("group", { name: "Unsaved text" })).toHaveCount(0);
  expect((await revisionsOf(slug, "p-one")).map((revision) => revision.text)).toEqual(["Первый абзац, ещё не сохранённый."]);
});

test("bad input is refused with a clear message, and nothing is saved", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  await openWorkspace(page, slug);
  await openParagraph(page, "p-quote", 3);
  const quoted = row(page, "p-quote");
  const typeInQuote = async (text: string) => {
    await quoted.getByRole("button", { name: "Type in quotation 1" }).click();
    await page.keyboard.insertText(text);
  };
  // typed markup is only text: the marks stay the source's, and the save is refused
  await typeInQuote(`Я пришла <q id="q-two">сюда</q>`);
  await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
  await expect(quoted.getByText("Type plain text only").first()).toBeVisible();
  await quoted.getByRole("button", { name: "Save", exact: true }).click();
  await expect(quoted.getByRole("alert")).toContainText("Not saved; nothing was changed.");
  await expect(quoted.getByRole("alert")).toContainText("markup tags are not allowed");

  await editorOf(page, "p-quote").fill("   ");
  await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
  await quoted.getByRole("button", { name: "Save", exact: true }).click();
  await expect(quoted.getByRole("alert")).toContainText("The text is empty.");

  await typeInQuote("слово ".repeat(900));
  await quoted.getByRole("button", { name: "Save", exact: true }).click();
  await expect(quoted.getByRole("alert")).toContainText(/The text is too long \(\d+ characters; at most 5000\)\./);

  await editorOf(page, "p-quote").fill("");
  await typeInQuote("Я пришла сюда");
  await quoted.getByRole("checkbox", { name: "These are the speaker’s own words in Russian (not a translation)" }).first().check();
  await quoted.getByRole("button", { name: "Save", exact: true }).click();
  await expect(quoted.getByRole("alert")).toContainText("Quotation 1 (Dinara): say where the speaker’s own words come from");
  expect(await revisionsOf(slug, "p-quote")).toEqual([]);

  await quoted.getByLabel("Where these words come from (required)").fill("Наша запись интервью, 12 января");
  await quoted.getByRole("button", { name: "Save", exact: true }).click();
  await expect(quoted.getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
  const [saved] = await revisionsOf(slug, "p-quote");
  expect(saved.text).toBe(`<q id="q-one">Я пришла сюда</q><q id="q-two"></q>`);
  expect(saved.quoteOrigins.map(({ quoteKey, note }) => [quoteKey, note])).toEqual([["q-one", "Наша запись интервью, 12 января"]]);
});

test("submit for review moves the paragraph to in review, recorded in its history", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  await openWorkspace(page, slug);
  await openParagraph(page, "h-intro", 1);
  const heading = row(page, "h-intro");
  await editorOf(page, "h-intro").fill("Тестовый заголовок");
  await heading.getByRole("button", { name: "Save", exact: true }).click();
  await expect(heading.getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
  await heading.getByRole("button", { name: "Submit for review" }).click();
  await expect(heading).toHaveAttribute("data-state", "in-review");
  await expect(heading.locator(".ws-status")).toContainText("In review");
  await expect(heading.locator('.history [data-action="submit"]')).toContainText("Submitted for review · Irina Volkova");
  await expect(page.locator('.ws-progress li[data-state="in-review"]')).toContainText("1 of 3");
});
