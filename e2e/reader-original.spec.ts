import { expect, test } from "@playwright/test";
import { SEED_SLUG, seedParagraphs } from "./fixtures/seed-report";

test("the original column renders every paragraph of the report word for word, in order", async ({ page }) => {
  await page.goto(`/fr/reports/${SEED_SLUG}`);
  const originals = page.locator('[data-paragraph] [data-status="original"]');
  await expect(originals).toHaveCount(seedParagraphs().length);
  // The provenance markers after quotations are annotations, not report text.
  const texts = await originals.evaluateAll((cells) =>
    cells.map((cell) => {
      const unit = cell.querySelector(".unit")?.cloneNode(true) as HTMLElement | undefined;
      unit?.querySelectorAll(".quote-mark").forEach((mark) => mark.remove());
      return unit?.textContent ?? "";
    }),
  );
  expect(texts).toEqual(seedParagraphs());
});
