import { expect, test } from "@playwright/test";
import { DEMO_STATES } from "../prisma/demo/load-demo";
import { newReport } from "./fixtures/factories";
import { cellTexts, cells, expectedCells, readerPath } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

for (const language of ["en", "ru"] as const) {
  test(`the ${language} column has every paragraph, each in the state the demo newsroom left it`, async ({ page }) => {
    const expected = await expectedCells(SEED_SLUG, language);
    // the database holds the demo plan: the listed paragraphs in their state, every other approved
    expect(expected.map((cell) => cell.status)).toEqual(expected.map((cell) => DEMO_STATES[language][cell.key] ?? "approved"));

    await page.goto(readerPath("en", SEED_SLUG, `fr,${language}`));
    const column = cells(page, language);
    await expect(column).toHaveCount(expected.length);
    expect(await column.evaluateAll((elements) => elements.map((cell) => cell.closest("[data-paragraph]")?.getAttribute("data-paragraph")))).toEqual(
      expected.map((cell) => cell.key),
    );
    expect(await column.evaluateAll((elements) => elements.map((cell) => cell.getAttribute("data-status")))).toEqual(
      expected.map((cell) => cell.status),
    );
    for (const cell of await column.all()) await expect(cell).toBeVisible();
    // approved and outdated cells show the approved text; no other cell shows any text as its own
    expect(await cellTexts(column)).toEqual(expected.map((cell) => cell.approvedText ?? ""));
  });
}

test("an approved paragraph says who approved it and when", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG, "fr,ru"));
  const status = page.locator('[data-paragraph="lede"] > .cell[lang="ru"] .status');
  await expect(status).toHaveText(/Approved by Anna Lebedeva on \w+ \d{1,2}, \d{4}/);
  await expect(status).toHaveAttribute("lang", "en");
  // the day the words say, machine-readable
  await expect(status.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
});

test("an outdated paragraph shows its last approved text, marked, with the current original beside it and what changed", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG, "fr,en"));
  const row = page.locator('[data-paragraph="p-almaty-tv-losses"]');
  const original = row.locator('> .cell[lang="fr"]');
  const english = row.locator('> .cell[lang="en"]');
  await expect(english).toHaveAttribute("data-status", "outdated");
  await expect(english.locator(".status")).toHaveText(/Outdated: approved by Olivia Grant .*before the original changed/);
  await expect(english.getByText("The original was corrected after this translation was approved.")).toBeVisible();
  await expect(english.locator("> .unit")).toHaveText(/two technicians were injured/);
  await expect(original.locator("> .unit")).toHaveText(/un technicien a été blessé/);
  // beside: same row, same top, original to the left
  const [left, right] = [await original.boundingBox(), await english.boundingBox()];
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(1);
  expect(left!.x).toBeLessThan(right!.x);

  await english.getByText("What changed in the original").click();
  const changed = (tag: string) =>
    english.locator(`.diff ${tag}`).evaluateAll((parts) =>
      parts.map((part) => [...part.childNodes].filter((node) => !(node instanceof HTMLElement && node.matches(".visually-hidden"))).map((node) => node.textContent).join("")).join(" "),
    );
  expect(await changed("del")).toMatch(/deux.*techniciens.*blessés/);
  expect(await changed("ins")).toMatch(/un.*technicien.*blessé/);
  // words, not colour alone: assistive technology hears what was removed and added
  await expect(english.locator(".diff del").first()).toContainText("[removed: ");
  await expect(english.locator(".diff ins").first()).toContainText("[added: ");
  await expect(english.locator(".diff")).toHaveAttribute("lang", "fr");
});

test("text that is not approved stays behind a disclosure that says so, never shown as approved", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG, "fr,en"));
  const cases = [
    { key: "p-tokayev-visit", status: "In review", notice: "In review: not yet approved." },
    { key: "p-who-benefits", status: "Draft", notice: "Draft, not yet reviewed: it may still change." },
    { key: "p-bulgakbaev-battalions", status: "Changes requested", notice: "A reviewer asked for changes: not approved." },
  ];
  for (const { key, status, notice } of cases) {
    const cell = page.locator(`[data-paragraph="${key}"] > .cell[lang="en"]`);
    await expect(cell.locator(".status")).toContainText(`${status} · no approved translation yet`);
    await expect(cell.locator("> .unit")).toHaveCount(0);
    const pending = cell.locator("details.unreviewed");
    await expect(pending.locator(".unit")).toBeHidden();
    await pending.getByText("Show the text not yet approved").click();
    await expect(pending.locator(".unreviewed-label")).toHaveText(notice);
    await expect(pending.locator(".unit")).toBeVisible();
    await expect(pending.locator(".unit")).toHaveAttribute("lang", "en");
  }
  // the changes-requested text shown is the one the reviewer sent back
  await expect(page.locator('[data-paragraph="p-bulgakbaev-battalions"] > .cell[lang="en"] details.unreviewed .unit')).toContainText("go and create some disorder");
});

test("a paragraph not translated yet says so and offers the original when it is not already on screen", async ({ page }) => {
  const { slug } = await newReport();
  await page.goto(readerPath("en", slug, "fr,en"));
  const english = cells(page, "en");
  await expect(english).toHaveCount(3);
  for (const cell of await english.all()) {
    await expect(cell).toHaveAttribute("data-status", "missing");
    await expect(cell.locator(".status")).toContainText("Not translated yet");
    // the original is in the next column already
    await expect(cell.locator(".offer-original")).toBeHidden();
  }

  await page.goto(readerPath("en", slug, "en"));
  const cell = page.locator('[data-paragraph="p-one"] > .cell[lang="en"]');
  await cell.getByRole("link", { name: "Read the original (French) beside it" }).click();
  await expect(page).toHaveURL(`${readerPath("en", slug, "fr,en")}#p-one`);
  const original = page.locator('[data-paragraph="p-one"] > .cell[lang="fr"]');
  await expect(original.locator("> .unit")).toHaveText("Premier paragraphe, sans citation.");
  await expect(original).toBeInViewport();
  const [left, right] = [await original.boundingBox(), await cell.boundingBox()];
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(1);
});
