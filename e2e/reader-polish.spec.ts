import { expect, test } from "@playwright/test";
import { readerPath } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test("the language switch keeps the paragraph being read, without a #paragraph in the address", async ({ page }) => {
    await page.goto(readerPath("en", SEED_SLUG));
    await page.locator('[data-paragraph="p-amnesty"]').evaluate((row) => window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - 40));
    const nav = page.getByRole("navigation", { name: "Interface language" });
    await expect(nav).toHaveAttribute("data-reading-place", "p-amnesty");
    // the click scrolls the switch back into view first: the place read before is kept
    await nav.getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(new RegExp(`/ru/reports/${SEED_SLUG}#p-amnesty$`));
    await expect(page.locator('[data-paragraph="p-amnesty"]')).toBeInViewport();
  });

  test("the Russian meta line has one period after the date", async ({ page }) => {
    await page.goto(readerPath("ru", SEED_SLUG));
    const byline = page.locator(".byline");
    await expect(byline).toContainText("2022 г.");
    expect(await byline.textContent()).not.toContain("г..");
  });

  test("the column picker's options are shown in full", async ({ page }) => {
    for (const ui of ["ru", "fr", "en"]) {
      await page.goto(readerPath(ui, SEED_SLUG));
      const cut = await page.locator(".column-picker select").evaluateAll((selects) =>
        selects.flatMap((element) => {
          const select = element as HTMLSelectElement;
          const probe = document.createElement("span");
          probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(select).font}`;
          document.body.append(probe);
          const widths = [...select.options].map((option) => {
            probe.textContent = option.text;
            return { text: option.text, fits: probe.getBoundingClientRect().width + 36 <= select.clientWidth };
          });
          probe.remove();
          return widths.filter((entry) => !entry.fits).map((entry) => entry.text);
        }),
      );
      expect(cut, ui).toEqual([]);
    }
  });

  test("the titles of hidden columns are hidden too", async ({ page }) => {
    await page.goto(readerPath("en", SEED_SLUG, "fr,en"));
    await expect(page.locator('.title-translation[lang="en"]')).toBeVisible();
    await expect(page.locator('.title-translation[lang="ru"]')).toBeHidden();
    await page.getByLabel("Column 2").selectOption("ru");
    await expect(page.locator('.title-translation[lang="ru"]')).toBeVisible();
    await expect(page.locator('.title-translation[lang="en"]')).toBeHidden();
  });

  test("'Sign in' has its place before /api/me answers, so the header does not move", async ({ page }) => {
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route("**/api/me", async (route) => {
      await answered;
      await route.continue();
    });
    await page.goto(readerPath("en", SEED_SLUG));
    const link = page.locator(".account-menu .sign-in-link");
    const before = await link.boundingBox();
    expect(before!.width).toBeGreaterThan(20);
    const switcher = await page.locator(".locale-switcher").boundingBox();
    answer();
    await expect(link).toBeVisible();
    expect(await link.boundingBox()).toEqual(before);
    expect(await page.locator(".locale-switcher").boundingBox()).toEqual(switcher);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the picker and the legend fold into one control, so the first paragraph is on the first screen", async ({ page }) => {
    for (const ui of ["fr", "en", "ru"]) {
      await page.goto(readerPath(ui, SEED_SLUG));
      const fold = page.locator("details.reader-tools-fold");
      await expect(fold).not.toHaveAttribute("open");
      await expect(page.locator('[data-paragraph="lede"]')).toBeInViewport();
      await fold.locator(":scope > summary").click();
      await expect(page.locator(".column-picker")).toBeVisible();
    }
  });
});

test("the translator's note on the KNB is tied to its paragraph, marked as ours, in the translation's language", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const cell = page.locator('[data-paragraph="p-bulgakbaev-doubts"] > .cell[lang="en"]');
  // the paragraph is in review in the demo: its note is reviewed with its text, behind the same disclosure
  await cell.locator("details.unreviewed summary").click();
  const note = cell.getByRole("note", { name: "Translator’s note" });
  await expect(note).toContainText("Translator’s note (ours, not in the original)");
  await expect(note.locator('p[lang="en"]')).toHaveText(/^The original calls the KNB the “National Defence Committee”.*National Security Committee of Kazakhstan\.$/);
  await page.goto(readerPath("ru", SEED_SLUG));
  const russian = page.locator('[data-paragraph="p-bulgakbaev-doubts"] > .cell[lang="ru"]');
  await russian.locator("details.unreviewed summary").click();
  await expect(russian.getByRole("note", { name: "Примечание переводчика" }).locator('p[lang="ru"]')).toContainText("Комитет национальной безопасности Казахстана");
});
