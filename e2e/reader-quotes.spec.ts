import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./fixtures/factories";
import { readerPath } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

type QuoteMarkup = { id: string; provenance: string | null; from: string | null; mark: string | null; href: string | null };
type RowQuotes = { status: string; quotes: QuoteMarkup[] };

// Every quotation in one column's own text (not in disclosures), row by row, with the cell's state.
async function quotesByRow(page: Page, language: string): Promise<Record<string, RowQuotes>> {
  return page.locator("[data-paragraph]").evaluateAll(
    (rows, lang) =>
      Object.fromEntries(
        rows.map((row) => [
          row.getAttribute("data-paragraph"),
          {
            status: row.querySelector(`:scope > .cell[lang="${lang}"]`)?.getAttribute("data-status") ?? "",
            quotes: [...row.querySelectorAll(`:scope > .cell[lang="${lang}"] > .unit q`)].map((q) => {
            const marker = q.nextElementSibling?.matches(".quote-mark") ? q.nextElementSibling : q.nextElementSibling?.nextElementSibling;
            return {
              id: q.getAttribute("data-quote") ?? "",
              provenance: q.getAttribute("data-provenance"),
              from: q.getAttribute("data-translated-from"),
              mark: marker?.matches(".quote-mark") ? (marker.querySelector(".quote-badge")?.textContent?.replace(/^\S+\s/, "") ?? null) : null,
              // where the marker's popover links to (the script builds the popover from it on hover or focus)
              href: marker?.getAttribute("data-href") ?? null,
            };
            }),
          },
        ]),
      ),
    language,
  );
}

test("every quotation is marked in every column with the same id, and with where its words come from", async ({ page }) => {
  const stored = await e2eDb().quote.findMany({ where: { report: { slug: SEED_SLUG } }, include: { paragraph: true } });
  expect(stored.length).toBeGreaterThanOrEqual(11);
  await page.goto(readerPath("en", SEED_SLUG, "fr,en,ru"));
  const french = await quotesByRow(page, "fr");
  const frenchQuotes = Object.values(french).flatMap((row) => row.quotes);
  expect(frenchQuotes.map((quote) => quote.id).sort()).toEqual(stored.map((quote) => quote.key).sort());
  for (const quote of frenchQuotes) {
    // the report's own wording; the language the speakers used is not stated
    expect(quote).toEqual({ id: quote.id, provenance: "original", from: null, mark: "as published by France 24", href: `#quote-${quote.id}` });
  }

  for (const language of ["en", "ru"]) {
    const translated = await quotesByRow(page, language);
    let compared = 0;
    for (const [row, { status, quotes }] of Object.entries(translated)) {
      // every text shown as a translation carries the original's quotations, same ids, same order
      const shown = status === "approved" || status === "outdated";
      expect(quotes.map((quote) => quote.id), `${language} ${row} (${status})`).toEqual(shown ? french[row].quotes.map((quote) => quote.id) : []);
      for (const quote of quotes) {
        expect(quote).toEqual({ id: quote.id, provenance: "translated", from: "fr", mark: "translated from French", href: `#quote-${quote.id}-${language}` });
      }
      if (quotes.length > 0) compared += 1;
    }
    expect(compared, `${language} rows with quotations`).toBeGreaterThan(0);
  }
});

test("a reader of the Russian column learns its quotations are our translations of France 24's French", async ({ page }) => {
  await page.goto(readerPath("ru", SEED_SLUG));
  const quote = page.locator('[data-paragraph="p-dinara-photos"] > .cell[lang="ru"] q[data-quote="q-dinara-photos"]');
  await expect(quote).toHaveAttribute("data-provenance", "translated");
  await expect(quote).toHaveAttribute("data-translated-from", "fr");
  const marker = page.locator('[data-paragraph="p-dinara-photos"] > .cell[lang="ru"] .quote-badge');
  // plain words in the interface language, no Latin letters inside the Russian marker
  await expect(marker).toHaveAccessibleName("пер. с французского");
  expect(await marker.textContent()).not.toMatch(/[A-Za-z]/);
  await expect(marker).toHaveAccessibleDescription(/Наш перевод французского текста France 24, а не собственные слова говорящего/);
  // the marker's language, its own lang or, where it is the text's, the text's
  await expect(marker.locator("xpath=ancestor::*[@lang][1]")).toHaveAttribute("lang", "ru");

  const legend = page.getByRole("region", { name: "О цитатах" });
  await expect(legend).toContainText("Наш перевод французского текста France 24, а не собственные слова говорящего.");
  await expect(legend.locator("dt")).toHaveText(["❞ в публикации France 24", "⇄ пер. с французского"]);
});

test("the legend explains every marker, and a marker leads to who said it and in which language", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const legend = page.getByRole("region", { name: "About the quotations" });
  // only the kinds of marker this page carries: nobody's own words here
  await expect(legend.locator("dt")).toHaveText(["❞ as published by France 24", "⇄ translated from French"]);
  await expect(legend).toContainText("Our translation of France 24’s French text, not the speaker’s own words.");

  const marker = page.locator('[data-paragraph="p-bulgakbaev-doubts"] > .cell[lang="fr"] .quote-badge');
  await marker.focus();
  const link = page.locator('[data-paragraph="p-bulgakbaev-doubts"] > .cell[lang="fr"] .quote-pop-link');
  await expect(link).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#quote-q-bulgakbaev-terrorists$/);
  const entry = page.locator("#quote-q-bulgakbaev-terrorists");
  await expect(entry).toBeInViewport();
  await expect(entry.locator('.quote-text[data-language="fr"] q')).toHaveText("Ils n’ont pas encore montré un seul terroriste au peuple ou à la communauté internationale. Où sont-ils, ces dizaines de milliers de terroristes ?");
  // in the interface language: the role as the English translation file gives it
  await expect(entry.locator("[data-speaker]")).toHaveText("Bolatbek Bulgakbaev, former colonel in the KNB (Kazakhstan’s National Defence Committee)");
  await expect(entry).toContainText("Not stated in the report");
  await expect(entry).toContainText("The original report opens this quotation mark and never closes it");
  await expect(entry.locator("[data-speaker] [lang]")).toHaveCount(0);
});

test("the scare-quoted terms carry the same provenance markup, attributed as the report attributes them", async ({ page }) => {
  await page.goto(readerPath("fr", SEED_SLUG, "fr,en,ru"));
  for (const [language, text] of [["fr", "mini-Otan"], ["en", "mini-NATO"], ["ru", "мини-НАТО"]]) {
    const term = page.locator(`[data-paragraph="p-csto-withdrawal"] > .cell[lang="${language}"] > .unit q[data-quote="t-mini-nato"]`);
    await expect(term).toHaveText(text);
    await expect(term).toHaveAttribute("data-kind", "term");
    await expect(term).toHaveAttribute("data-provenance", language === "fr" ? "original" : "translated");
  }
  const entry = page.locator("#quote-t-anti-terrorist");
  await expect(entry).toContainText("Terme cité par le reportage");
  await expect(entry).toContainText("Attribué à");
  await expect(page.locator("#quote-t-mini-nato")).toContainText("Non précisé");
});
