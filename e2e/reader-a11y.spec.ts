import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { INTERFACE_LANGUAGES, readerPath } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

// @axe-core/playwright is typed against its own copy of playwright-core; the page is the same.
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
  expect(summary, label).toEqual([]);
}

for (const ui of INTERFACE_LANGUAGES) {
  test.describe(`${ui} interface`, () => {
    // axe checks every node of a long page; the reader has three columns of 21 paragraphs
    test.describe.configure({ timeout: 180_000 });

    test("the reader, with every column and every disclosure open, passes axe", async ({ page }) => {
      await page.goto(readerPath(ui, SEED_SLUG, "fr,en,ru"));
      await expect(page.locator("[data-paragraph]")).toHaveCount(21);
      await page.locator("details").evaluateAll((elements) => elements.forEach((details) => details.setAttribute("open", "")));
      await expectNoViolations(page, `reader ${ui}`);
    });

    test("the reader with its default columns passes axe", async ({ page }) => {
      await page.goto(readerPath(ui, SEED_SLUG));
      await expectNoViolations(page, `reader ${ui}, default columns`);
    });

    test("the reports list, the original edition and the 404 page pass axe", async ({ page }) => {
      for (const path of [`/${ui}`, `/${ui}/reports/${SEED_SLUG}/original`, `/${ui}/reports/nope`]) {
        await page.goto(path);
        await expectNoViolations(page, path);
      }
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the reader passes axe", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(readerPath("ru", SEED_SLUG, "fr,ru,en"));
    await expectNoViolations(page, "reader ru, narrow");
  });
});
