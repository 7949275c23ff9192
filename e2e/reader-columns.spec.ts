import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { nonceOf } from "./fixtures/csp";
import { readerPath, visibleColumnOrder } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

test.use({ viewport: { width: 1400, height: 900 } });

// Cells of a row side by side, in the given order, every row starting at one height.
async function expectAligned(page: Page, order: string[]) {
  expect(await visibleColumnOrder(page)).toEqual(order);
  const rows = await page.locator("[data-paragraph]").evaluateAll((elements) =>
    elements.map((row) =>
      [...row.querySelectorAll(":scope > .cell")]
        .filter((cell) => getComputedStyle(cell).display !== "none")
        .map((cell) => ({ language: cell.getAttribute("lang"), ...cell.getBoundingClientRect().toJSON() })),
    ),
  );
  expect(rows).toHaveLength(21);
  for (const cells of rows) {
    expect(cells.map((cell) => cell.language).sort()).toEqual([...order].sort());
    const sorted = [...cells].sort((a, b) => a.left - b.left);
    expect(sorted.map((cell) => cell.language)).toEqual(order);
    for (const cell of cells) expect(Math.abs(cell.top - cells[0].top)).toBeLessThan(1);
    for (let index = 1; index < sorted.length; index += 1) expect(sorted[index].left).toBeGreaterThanOrEqual(sorted[index - 1].right);
  }
}

for (const [ui, order] of [["fr", ["fr", "en"]], ["en", ["fr", "en"]], ["ru", ["fr", "ru"]]] as const) {
  test(`${ui} interface: by default the original and the interface language's version, aligned`, async ({ page }) => {
    await page.goto(readerPath(ui, SEED_SLUG));
    await expectAligned(page, [...order]);
  });
}

test("?cols= chooses the columns and their order", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG, "ru,fr"));
  await expectAligned(page, ["ru", "fr"]);
  await page.goto(readerPath("fr", SEED_SLUG, "en,ru,fr"));
  await expectAligned(page, ["en", "ru", "fr"]);
  await page.goto(readerPath("ru", SEED_SLUG, "en"));
  await expectAligned(page, ["en"]);
});

test("an unusable ?cols= falls back to the default columns", async ({ page }) => {
  for (const cols of ["de,xx", "", "fr,fr,,", "%3Cscript%3E"]) {
    await page.goto(readerPath("ru", SEED_SLUG, cols));
    expect(await visibleColumnOrder(page), cols).toEqual(cols.startsWith("fr") ? ["fr"] : ["fr", "ru"]);
  }
});

test("the column picker changes the columns and the address, and a reload keeps them", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const picker = page.getByRole("group", { name: "Columns" });
  const column = (position: number) => picker.getByLabel(`Column ${position}`);
  await expect(column(1)).toHaveValue("fr");
  await expect(column(2)).toHaveValue("en");
  await expect(column(3)).toHaveValue("");

  await column(2).selectOption({ label: "Russian" });
  await expect(page).toHaveURL(/\?cols=fr,ru$/);
  await expectAligned(page, ["fr", "ru"]);

  await column(3).selectOption({ label: "English" });
  await expect(page).toHaveURL(/\?cols=fr,ru,en$/);
  await expectAligned(page, ["fr", "ru", "en"]);

  // a language already shown elsewhere swaps places with the one it replaces
  await column(1).selectOption({ label: "Russian" });
  await expect(page).toHaveURL(/\?cols=ru,fr,en$/);
  await expect(column(2)).toHaveValue("fr");
  await expectAligned(page, ["ru", "fr", "en"]);

  await column(2).selectOption({ label: "None" });
  await expect(page).toHaveURL(/\?cols=ru,en$/);
  await expectAligned(page, ["ru", "en"]);
  await expect(picker.getByRole("status")).toHaveText("Showing: Russian, English");

  // one column left: a third cannot be chosen before a second
  await column(2).selectOption({ label: "None" });
  await expect(page).toHaveURL(/\?cols=ru$/);
  await expect(column(3)).toBeDisabled();
  await expectAligned(page, ["ru"]);
  await column(2).selectOption({ label: "English" });

  await page.reload();
  await expect(column(1)).toHaveValue("ru");
  await expect(column(2)).toHaveValue("en");
  await expectAligned(page, ["ru", "en"]);
});

test("the picker works from the keyboard", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const second = page.getByRole("group", { name: "Columns" }).getByLabel("Column 2");
  await second.focus();
  await expect(second).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/\?cols=fr,ru$/);
  await expectAligned(page, ["fr", "ru"]);
});

test("switching the interface language keeps the report, the columns and the place", async ({ page }) => {
  await page.goto(`${readerPath("en", SEED_SLUG, "ru,fr")}#p-dinara-war`);
  await page.getByRole("navigation", { name: "Interface language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(`${readerPath("ru", SEED_SLUG, "ru,fr")}#p-dinara-war`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("group", { name: "Колонки" })).toBeVisible();
  await expectAligned(page, ["ru", "fr"]);

  // a column chosen in the page is kept too
  await page.getByRole("group", { name: "Колонки" }).getByLabel("Колонка 3").selectOption({ label: "Английский" });
  await page.getByRole("navigation", { name: "Язык интерфейса" }).getByRole("link", { name: "Français" }).click();
  await expect(page).toHaveURL(`${readerPath("fr", SEED_SLUG, "ru,fr,en")}#p-dinara-war`);
  await expectAligned(page, ["ru", "fr", "en"]);
});

test("choosing columns asks the server for nothing: the same document whatever ?cols= says", async ({ page, request }) => {
  // the same but for the CSP nonce, new on every answer, and the address Next's router state echoes
  const withoutNonce = async (response: APIResponse) => (await response.text()).replaceAll(nonceOf(response)!, "NONCE").replaceAll("?cols=ru%2Cfr%2Cen", "");
  const plain = await withoutNonce(await request.get(readerPath("en", SEED_SLUG)));
  const withColumns = await withoutNonce(await request.get(readerPath("en", SEED_SLUG, "ru,fr,en")));
  expect(withColumns).toBe(plain);

  await page.goto(readerPath("en", SEED_SLUG));
  await page.waitForLoadState("networkidle");
  const requests: string[] = [];
  page.on("request", (sent) => requests.push(new URL(sent.url()).pathname));
  await page.getByRole("group", { name: "Columns" }).getByLabel("Column 3").selectOption({ label: "Russian" });
  await expectAligned(page, ["fr", "en", "ru"]);
  // (Next may prefetch the pages the header links to; the reader itself is never asked for again.)
  expect(requests.filter((path) => path.startsWith(`/en/reports/${SEED_SLUG}`) && !path.endsWith("/original"))).toEqual([]);
});
