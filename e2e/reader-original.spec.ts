import { expect, test } from "@playwright/test";
import { cellTexts, cells, INTERFACE_LANGUAGES, readerPath } from "./fixtures/reader";
import { SEED_SLUG, seedParagraphs } from "./fixtures/seed-report";

for (const ui of INTERFACE_LANGUAGES) {
  test(`${ui} interface: the original column renders every paragraph of the report word for word, in order`, async ({ page }) => {
    await page.goto(readerPath(ui, SEED_SLUG));
    const originals = cells(page, "fr");
    await expect(originals).toHaveCount(seedParagraphs().length);
    for (const cell of await originals.all()) {
      await expect(cell).toBeVisible();
      await expect(cell).toHaveAttribute("data-status", "original");
    }
    // The provenance markers after quotations are annotations, not report text.
    expect(await cellTexts(originals)).toEqual(seedParagraphs());
  });
}

test("the original edition, compiled from the MDX, is the report word for word", async ({ page }) => {
  await page.goto(`/en/reports/${SEED_SLUG}/original`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const article = page.locator('article[lang="fr"]');
  await expect(article.locator("[data-paragraph]")).toHaveCount(seedParagraphs().length);
  expect(await article.locator("[data-paragraph]").allTextContents()).toEqual(seedParagraphs());
  await expect(article.locator('q[data-quote="q-bulgakbaev-terrorists"]')).toHaveAttribute("data-provenance", "original");
  await page.getByRole("link", { name: "Back to the aligned reader" }).click();
  await expect(page).toHaveURL(readerPath("en", SEED_SLUG));
});
