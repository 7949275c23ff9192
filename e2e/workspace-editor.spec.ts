import { expect, test, type Page } from "@playwright/test";
import { saveTranslation } from "../lib/translations/save-translation";
import { storageStateFor } from "./fixtures/accounts";
import { demoActor, e2eDb } from "./fixtures/factories";
import { BOTH_QUOTES, editorOf, expectNoAxeViolations, marksIn, newWorkspaceReport, openParagraph, openWorkspace, revisionsOf, row, seeded, wordsIn } from "./fixtures/workspace";

// The paragraph's one editor: a flowing text in which the source's quotations are marks
// that nothing the translator does can break.

const RU_MARKUP = `«<q id="q-one">Я пришла сюда</q>», — рассказывает Динара. «<q id="q-two">Это была война</q>».`;
const RU_WORDS = "«[Я пришла сюда]», — рассказывает Динара. «[Это была война]».";

async function withSavedRussian(page: Page) {
  const { slug } = await newWorkspaceReport();
  const irina = await demoActor("ruTranslator");
  await seeded(() => saveTranslation(e2eDb(), { slug, language: "ru", paragraphKey: "p-quote", actor: irina, text: RU_MARKUP, baseVersion: 0 }));
  await openWorkspace(page, slug, { locale: "ru" });
  await row(page, "p-quote").getByRole("button", { name: "Править абзац 3", exact: true }).click();
  const editor = editorOf(page, "p-quote", "Перевод");
  await expect(editor).toBeFocused();
  return { slug, editor };
}

test.describe("in Russian", () => {
  test.use({ storageState: storageStateFor("ruTranslator") });

  test("a two-quotation paragraph is translated in one editor, with IME input, and saved as the same markup", async ({ page }) => {
    const { slug } = await newWorkspaceReport();
    await openWorkspace(page, slug);
    await openParagraph(page, "p-quote", 3);
    const editor = editorOf(page, "p-quote");
    await expect(editor).toBeFocused();
    await expect(editor).toHaveAttribute("lang", "ru");
    await expect(editor).toHaveAttribute("spellcheck", "true");
    await expect(row(page, "p-quote").locator("[data-quote-boundary]")).toHaveCount(4);
    await expect(row(page, "p-quote").locator('[data-quote-boundary="start"][data-quote="q-two"]')).toContainText("start of quotation 2, Dinara");
    await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);

    // composed text arrives as insertText, as an IME commits it
    await page.keyboard.insertText("«");
    await row(page, "p-quote").getByRole("button", { name: "Type in quotation 1" }).click();
    await expect(row(page, "p-quote").locator("[data-caret-quote]")).toHaveText("In quotation 1, Dinara");
    await expect(row(page, "p-quote").locator('[data-quote-item="q-one"]')).toHaveAttribute("data-current", "true");
    await page.keyboard.insertText("Я пришла сюда");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.insertText("», — рассказывает Динара. «");
    await page.keyboard.press("ArrowRight");
    await expect(row(page, "p-quote").locator("[data-caret-quote]")).toHaveText("In quotation 2, Dinara");
    await page.keyboard.insertText("Это была война");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.insertText("».");
    await expect.poll(() => wordsIn(page, "p-quote")).toBe(RU_WORDS);
    await expect(row(page, "p-quote").locator("[data-counts]")).toHaveText("8 words, 57 characters");
    await expect(row(page, "p-quote").locator("[data-unsaved]")).toBeVisible();
    // the editor, its chips and the panel with a note open, the caret in a quotation
    await row(page, "p-quote").getByRole("checkbox", { name: "These are the speaker’s own words in Russian (not a translation)" }).nth(1).check();
    await row(page, "p-quote").getByLabel("Where these words come from (required)").fill("Наша запись");
    await row(page, "p-quote").getByRole("button", { name: "Type in quotation 2" }).click();
    await expectNoAxeViolations(page);

    await row(page, "p-quote").getByRole("button", { name: "Save", exact: true }).click();
    await expect(row(page, "p-quote").getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
    const revisions = await revisionsOf(slug, "p-quote");
    expect(revisions.map((revision) => revision.text)).toEqual([RU_MARKUP]);
    expect(revisions[0].quoteOrigins.map(({ quoteKey, note }) => [quoteKey, note])).toEqual([["q-two", "Наша запись"]]);
  });

  test("Backspace, select-all and typing, cut and paste: the quotations survive; undo and redo", async ({ page }) => {
    const { editor } = await withSavedRussian(page);
    await page.keyboard.press("Control+End");
    for (let i = 0; i < 70; i += 1) await page.keyboard.press("Backspace");
    await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
    await expect.poll(() => wordsIn(page, "p-quote")).toBe("[][]");

    // undo steps back through the deletions (one step per run of adjacent ones), the
    // marks whole at every step, until the text is back
    for (let step = 0; step < 70 && (await wordsIn(page, "p-quote")) !== RU_WORDS; step += 1) {
      await page.keyboard.press("Control+z");
      await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
    }
    await expect.poll(() => wordsIn(page, "p-quote")).toBe(RU_WORDS);

    await page.keyboard.press("Control+a");
    await page.keyboard.type("Ж");
    await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
    await expect.poll(() => wordsIn(page, "p-quote")).toBe("Ж[][]");
    await page.keyboard.press("Control+z");
    await expect.poll(() => wordsIn(page, "p-quote")).toBe(RU_WORDS);
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => wordsIn(page, "p-quote")).toBe("Ж[][]");
    await page.keyboard.press("Control+z");

    await editor.focus();
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Control+x");
    await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
    await expect.poll(() => wordsIn(page, "p-quote")).toBe("[][]");
    await page.keyboard.press("Control+v");
    await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
    await expect.poll(() => wordsIn(page, "p-quote")).toBe(RU_WORDS);
    await page.keyboard.press("Control+s");
    await expect(row(page, "p-quote").getByRole("status").filter({ hasText: "Сохранять нечего" })).toBeVisible();
  });

  test("a quotation moves by keyboard, by button and by mouse", async ({ page }) => {
    const { slug } = await withSavedRussian(page);
    await row(page, "p-quote").getByRole("button", { name: "Писать в цитате 2" }).click();
    await page.keyboard.press("Alt+ArrowLeft");
    await expect.poll(() => wordsIn(page, "p-quote")).toBe("«[Я пришла сюда]», — рассказывает Динара. [Это была война]«».");
    await page.keyboard.press("Alt+ArrowLeft");
    await expect.poll(() => wordsIn(page, "p-quote")).toBe("«[Я пришла сюда]», — рассказывает Динара[Это была война] .«».");
    await row(page, "p-quote").getByRole("button", { name: "Сдвинуть цитату 2 на слово вперёд" }).click();
    await row(page, "p-quote").getByRole("button", { name: "Сдвинуть цитату 2 на слово вперёд" }).click();
    await expect.poll(() => wordsIn(page, "p-quote")).toBe(RU_WORDS);
    // the page is still here: Alt+← was not taken as the browser's "back"
    await expect(page).toHaveURL(/#p-quote$/);

    // drag the start mark of quotation 2 to the very beginning
    await row(page, "p-quote").locator(".ws-prose").evaluate((editor) => editor.scrollIntoView({ block: "center" }));
    const chip = await row(page, "p-quote").locator('.ws-prose [data-quote-boundary="start"][data-quote="q-two"]').boundingBox();
    const first = await row(page, "p-quote").locator('.ws-prose [data-quote-boundary="start"][data-quote="q-one"]').boundingBox();
    if (!chip || !first) throw new Error("the chips have no box");
    await page.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
    await page.mouse.down();
    await page.mouse.move(first.x - 4, first.y + first.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => marksIn(page, "p-quote")).toEqual(["start:q-two", "end:q-two", "start:q-one", "end:q-one"]);
    await page.keyboard.press("Control+s");
    await expect(row(page, "p-quote").getByRole("status").filter({ hasText: "Сохранено как версия 2." })).toBeVisible();
    const [, moved] = await revisionsOf(slug, "p-quote");
    expect(moved.text).toMatch(/^«?<q id="q-two">Это была война<\/q>«?<q id="q-one">Я пришла сюда<\/q>/);
  });

  test("text pasted from elsewhere arrives as plain text, and leaving with unsaved typing asks first", async ({ page }) => {
    await withSavedRussian(page);
    await page.keyboard.press("Control+End");
    await row(page, "p-quote")
      .locator(".ws-prose")
      .evaluate((editor) => {
        const data = new DataTransfer();
        data.setData("text/html", `<b>Жирный</b> <q id="q-one">чужая</q> <span data-quote-boundary="start" data-quote="q-one"></span>`);
        data.setData("text/plain", " Жирный\nчужая");
        editor.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      });
    await expect.poll(() => wordsIn(page, "p-quote")).toBe(`${RU_WORDS} Жирный чужая`);
    await expect.poll(() => marksIn(page, "p-quote")).toEqual(BOTH_QUOTES);
    await expect(row(page, "p-quote").locator(".ws-prose b")).toHaveCount(0);

    const dialog = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const asked = await dialog;
    expect(asked.type()).toBe("beforeunload");
    await asked.dismiss();
    expect(page.isClosed()).toBe(false);
  });
});

test.describe("in English", () => {
  test.use({ storageState: storageStateFor("enTranslator") });

  test("French accents typed key by key go into the English text and quotation", async ({ page }) => {
    const { slug } = await newWorkspaceReport();
    await openWorkspace(page, slug, { language: "en" });
    await openParagraph(page, "p-quote", 3);
    const editor = editorOf(page, "p-quote");
    await expect(editor).toHaveAttribute("lang", "en");
    await expectNoAxeViolations(page);
    await page.keyboard.type("“");
    await row(page, "p-quote").getByRole("button", { name: "Type in quotation 1" }).click();
    await page.keyboard.type("I came here, café à la française, ça");
    await row(page, "p-quote").getByRole("button", { name: "Type in quotation 2" }).click();
    await page.keyboard.type("It was a war");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.type("”, she says.");
    await page.keyboard.press("Control+s");
    await expect(row(page, "p-quote").getByRole("status").filter({ hasText: "Saved as version 1." })).toBeVisible();
    const [saved] = await revisionsOf(slug, "p-quote", "en");
    expect(saved.text).toBe(`“<q id="q-one">I came here, café à la française, ça</q><q id="q-two">It was a war</q>”, she says.`);

    // a saved text closes without asking
    let hasAsked = false;
    page.on("dialog", (dialog) => {
      hasAsked = true;
      void dialog.accept();
    });
    const closed = page.waitForEvent("close");
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(hasAsked).toBe(false);
  });
});
