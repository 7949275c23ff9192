import { expect, test } from "@playwright/test";
import { INTERFACE_LANGUAGES, readerPath } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

const HIGHLIGHT = "rgb(255, 243, 196)";

test.describe("on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const ui of INTERFACE_LANGUAGES) {
    test(`${ui}: no horizontal scroll, the chosen languages stacked per paragraph and named`, async ({ page }) => {
      for (const path of [readerPath(ui, SEED_SLUG, "fr,en,ru"), readerPath(ui, SEED_SLUG), `/${ui}`]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
      await page.goto(readerPath(ui, SEED_SLUG, "ru,fr"));
      const row = page.locator('[data-paragraph="p-dinara-war"]');
      const russian = row.locator('> .cell[lang="ru"]');
      const french = row.locator('> .cell[lang="fr"]');
      const [first, second] = [await russian.boundingBox(), await french.boundingBox()];
      // stacked in the chosen order, each as wide as the other
      expect(first!.y + first!.height).toBeLessThanOrEqual(second!.y + 1);
      expect(Math.abs(first!.x - second!.x)).toBeLessThan(1);
      expect(first!.x + first!.width).toBeLessThanOrEqual(390);
      await expect(russian.locator(".cell-label")).toBeVisible();
      await expect(french.locator(".cell-label")).toBeVisible();
      await expect(row.locator('> .cell[lang="en"]')).toBeHidden();
      await expect(page.locator(".row-head")).toBeHidden();
    });
  }

  test("the column picker is usable on a phone", async ({ page }) => {
    await page.goto(readerPath("en", SEED_SLUG));
    // folded into one control on a phone (e2e/reader-polish.spec.ts)
    await page.getByText("Columns and quotation markers").click();
    const third = page.getByRole("group", { name: "Columns" }).getByLabel("Column 3");
    await third.scrollIntoViewIfNeeded();
    await expect(third).toBeInViewport();
    await third.selectOption({ label: "Russian" });
    await expect(page).toHaveURL(/\?cols=fr,en,ru$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test("pointing at a paragraph lights up its counterparts in every column", async ({ page }) => {
    await page.goto(readerPath("en", SEED_SLUG, "fr,en,ru"));
    const row = page.locator('[data-paragraph="p-amnesty"]');
    const other = page.locator('[data-paragraph="p-mystery"]');
    await expect(row).not.toHaveCSS("background-color", HIGHLIGHT);
    await row.locator('> .cell[lang="en"] .unit').hover();
    await expect(row).toHaveCSS("background-color", HIGHLIGHT);
    await expect(other).not.toHaveCSS("background-color", HIGHLIGHT);
    for (const language of ["fr", "en", "ru"]) {
      const box = await row.locator(`> .cell[lang="${language}"]`).boundingBox();
      const rowBox = await row.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(rowBox!.y);
      expect(box!.y + box!.height).toBeLessThanOrEqual(rowBox!.y + rowBox!.height + 1);
    }
  });

  test("the keyboard reaches every paragraph's permalink, with visible focus, and follows it", async ({ page }) => {
    await page.goto(readerPath("en", SEED_SLUG));
    await page.locator("body").press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    const permalink = page.getByRole("link", { name: "Link to paragraph 1", exact: true });
    for (let presses = 0; presses < 15 && !(await permalink.evaluate((link) => link === document.activeElement)); presses += 1) {
      await page.keyboard.press("Tab");
    }
    await expect(permalink).toBeFocused();
    await expect(permalink).toHaveCSS("outline-style", "solid");
    await expect(page.locator('[data-paragraph="lede"]')).toHaveCSS("background-color", HIGHLIGHT);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Link to paragraph 2", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#p-what-happened$/);
  });

  test("a permalink opens on its paragraph, marked", async ({ page }) => {
    await page.goto(`${readerPath("en", SEED_SLUG)}#p-agyltaeieva`);
    const row = page.locator('[data-paragraph="p-agyltaeieva"]');
    await expect(row).toBeInViewport();
    await expect(row).toHaveCSS("background-color", HIGHLIGHT);
    await expect(row).toHaveAttribute("id", "p-agyltaeieva");
    await expect(row.getByRole("link", { name: "Link to paragraph 15" })).toHaveAttribute("href", "#p-agyltaeieva");
  });

  test("disclosures open and close from the keyboard", async ({ page }) => {
    await page.goto(readerPath("en", SEED_SLUG));
    const cell = page.locator('[data-paragraph="p-tokayev-visit"] > .cell[lang="en"]');
    const summary = cell.getByText("Show the text not yet approved");
    await summary.focus();
    await expect(summary).toHaveCSS("outline-style", "solid");
    await page.keyboard.press("Enter");
    await expect(cell.locator("details.unreviewed .unit")).toBeVisible();
    await page.keyboard.press("Space");
    await expect(cell.locator("details.unreviewed .unit")).toBeHidden();
  });
});
