import { expect, test } from "@playwright/test";
import { readerPath } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

test.use({ viewport: { width: 1400, height: 900 } });

const cell = (paragraph: string, language: string) => `[data-paragraph="${paragraph}"] > .cell[lang="${language}"]`;

test("pointing at a marker opens its popover: who, their role and the language in the interface language, and what the marker means", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const badge = page.locator(`${cell("p-dinara-photos", "en")} .quote-badge`);
  const popover = page.locator(`${cell("p-dinara-photos", "en")} .quote-pop`);
  await expect(popover).toBeHidden();
  await badge.hover();
  await expect(popover).toBeVisible();
  await expect(popover.locator(".quote-pop-who")).toHaveText("Dinara, a resident of the city hall area in Almaty");
  await expect(popover).toContainText("Language spoken: not stated in the report");
  await expect(popover).toContainText("Our translation of France 24’s French text, not the speaker’s own words.");
  await expect(popover.locator(".quote-pop-link")).toHaveAttribute("href", "#quote-q-dinara-photos-en");

  // the French column's marker says whose rendering it is, not "the speaker's own words"
  const french = page.locator(`${cell("p-dinara-photos", "fr")} .quote-badge`);
  await expect(french).toHaveAccessibleName("as published by France 24");
  await expect(french).toHaveAccessibleDescription(/The report does not say which language the speaker used/);
});

test("keyboard focus opens the popover and Escape closes it; a row's markers are one tab stop per text, the arrows reach the others", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const row = page.locator('[data-paragraph="p-dinara-war"]');
  const badges = row.locator(".cell:visible .quote-badge");
  await expect(badges).toHaveCount(4);
  // two texts on screen (French, English), two quotations each: one tab stop for the row, not four
  expect(await badges.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).tabIndex))).toEqual([0, -1, -1, -1]);

  await badges.nth(0).focus();
  await expect(row.locator(".cell:visible .quote-pop").nth(0)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(badges.nth(1)).toBeFocused();
  await expect(row.locator(".cell:visible .quote-pop").nth(1)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(badges.nth(2)).toBeFocused();
  await page.keyboard.press("Home");
  await expect(badges.nth(0)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(row.locator(".cell:visible .quote-pop").nth(0)).toBeHidden();
  await expect(badges.nth(0)).toBeFocused();

  // the whole page: one marker tab stop per row with quotations
  const stops = await page.locator("[data-paragraph]").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll<HTMLElement>(".quote-badge")].filter((badge) => badge.getClientRects().length > 0 && badge.tabIndex === 0).length),
  );
  expect(Math.max(...stops)).toBe(1);
  expect(stops.filter((count) => count === 1).length).toBeGreaterThan(5);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test("a tap opens the popover as a sheet inside the screen, a tap elsewhere closes it", async ({ page }) => {
    await page.goto(readerPath("ru", SEED_SLUG));
    const badge = page.locator(`${cell("p-dinara-photos", "ru")} .quote-badge`);
    const popover = page.locator(`${cell("p-dinara-photos", "ru")} .quote-pop`);
    await badge.tap();
    await expect(popover).toBeVisible();
    await expect(popover.locator(".quote-pop-who")).toHaveText("Динара, жительница Алматы, живёт неподалёку от здания акимата");
    const box = await popover.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.locator("h1").tap();
    await expect(popover).toBeHidden();
  });
});

test("the legend's samples are the badges of the text, word for word and style for style", async ({ page }) => {
  await page.goto(readerPath("fr", SEED_SLUG));
  const style = (selector: string) =>
    page.locator(selector).first().evaluate((element) => {
      const css = getComputedStyle(element);
      return { text: element.textContent, border: css.borderStyle, size: css.fontSize, padding: css.padding, font: css.fontFamily, color: css.color };
    });
  for (const kind of ["as-published", "translated"]) {
    const sample = await style(`.quote-legend [data-kind="${kind}"] .quote-badge`);
    const inText = await style(`.aligned .cell:not([hidden]) [data-kind="${kind}"] .quote-badge`);
    expect(sample, kind).toEqual(inText);
  }
  await expect(page.locator(".quote-legend dt")).toHaveText(["❞ tel que publié par France 24", "⇄ traduit du français"]);
});

test("with ?cols=ru,fr the cells are in that order in the document, so tab and reading order follow the screen", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG, "ru,fr"));
  await expect(page.locator("#reader")).toHaveAttribute("data-ordered", "");
  const orders = await page.locator("[data-paragraph]").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll(":scope > .cell")].map((element) => element.getAttribute("data-col")).slice(0, 2).join(",")),
  );
  expect(new Set(orders)).toEqual(new Set(["ru,fr"]));
  // from the row's permalink, Tab reaches the Russian marker before the French one
  const row = page.locator('[data-paragraph="p-dinara-photos"]');
  await row.locator(".permalink").focus();
  await page.keyboard.press("Tab");
  await expect(row.locator('.cell[lang="ru"] .quote-badge')).toBeFocused();

  // changing the columns in the page moves the nodes again
  await page.getByLabel("Column 1").selectOption("fr");
  await expect.poll(() => row.locator(":scope > .cell").first().getAttribute("data-col")).toBe("fr");
});

test("the quotation list is in the interface language, numbered as the page is, and leads from a translated marker to that language's words beside the French", async ({ page }) => {
  await page.goto(readerPath("ru", SEED_SLUG));
  const entry = page.locator("#quote-q-bulgakbaev-terrorists");
  await expect(entry.locator("[data-speaker]")).toHaveText("Болатбек Булгакбаев, бывший полковник КНБ (Комитета национальной обороны Казахстана)");
  const number = await page.locator('[data-paragraph="p-bulgakbaev-doubts"] .permalink-number').textContent();
  await expect(entry.locator(".quote-entry-head a")).toHaveText(`В абзаце ${number}`);

  const badge = page.locator(`${cell("p-dinara-photos", "ru")} .quote-badge`);
  await badge.focus();
  await expect(badge).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#quote-q-dinara-photos-ru$/);
  const russian = page.locator("#quote-q-dinara-photos-ru");
  await expect(russian).toBeInViewport();
  await expect(russian.locator('q[lang="ru"]')).toHaveText("Я пришла сюда, сделала несколько фотографий. Потом увидела, как какие-то парни бьют стёкла");
  await expect(russian).toContainText("русский, наш перевод");
  // the French words it translates, in the same entry, just above
  await expect(page.locator('#quote-q-dinara-photos .quote-text[data-language="fr"] q[lang="fr"]')).toHaveText(/^Je suis venue ici/);
});

test("a fold-away note says the original's odd typography is kept as published", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const note = page.locator(".quote-legend details.faithful-note");
  await expect(note.locator("p")).toBeHidden();
  await note.locator("summary").click();
  const number = await page.locator('[data-paragraph="p-bulgakbaev-doubts"] .permalink-number').textContent();
  await expect(note.locator("p")).toContainText(`A quotation mark opened in paragraph ${number} is never closed.`);
  await expect(note.locator('p span[lang="fr"]')).toHaveText('d’"anti-terroriste"');
});
