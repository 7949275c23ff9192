import { expect, test, type Browser } from "@playwright/test";
import { expectedCells, INTERFACE_LANGUAGES, readerPath } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

// A browser whose every request asks for these languages (Chromium would otherwise send its own).
async function browserAsking(browser: Browser, acceptLanguage: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "accept-language": acceptLanguage } });
  await context.route("**/*", (route) => route.continue({ headers: { ...route.request().headers(), "accept-language": acceptLanguage } }));
  return context;
}

const NOT_FOUND = { fr: "Page introuvable", en: "Page not found", ru: "Страница не найдена" } as const;

test.describe("/ and unprefixed addresses go to the reader's language", () => {
  for (const [header, locale] of [
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,en;q=0.5", "en"],
    ["fr-CA", "fr"],
    ["de,it;q=0.5", "fr"],
  ] as const) {
    test(`Accept-Language: ${header} → /${locale}`, async ({ browser, baseURL }) => {
      const context = await browserAsking(browser, header);
      const response = await context.request.get(`${baseURL}/`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location, baseURL).pathname).toBe(`/${locale}`);
      const page = await context.newPage();
      await page.goto("/reports/almaty-janvier-2022");
      await expect(page).toHaveURL(readerPath(locale, SEED_SLUG));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await context.close();
    });
  }
});

test.describe("unknown addresses answer 404 in the interface language", () => {
  for (const ui of INTERFACE_LANGUAGES) {
    test(`${ui}: unknown report, unknown page, unknown original edition`, async ({ page }) => {
      for (const path of [`/${ui}/reports/nope`, `/${ui}/nope`, `/${ui}/reports/nope/original`, `/${ui}/reports/${SEED_SLUG}/nope`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", ui);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND[ui]);
        await expect(page.getByRole("navigation", { name: /./ }).first()).toBeVisible();
      }
    });
  }

  test("an unknown locale is a 404 at its own address, in the language the browser asks for", async ({ browser, baseURL }) => {
    const context = await browserAsking(browser, "ru,en;q=0.5");
    const page = await context.newPage();
    for (const path of [`/de/reports/${SEED_SLUG}`, "/de", "/pt-br/reports"]) {
      const response = await page.goto(`${baseURL}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(new URL(page.url()).pathname).toBe(path);
      await expect(page.locator("html")).toHaveAttribute("lang", "ru");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND.ru);
    }
    await context.close();
  });

  test("the 404 page leads back to the reports", async ({ page }) => {
    await page.goto("/en/reports/nope");
    await page.getByRole("link", { name: "See all reports" }).click();
    await expect(page).toHaveURL("/en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reports");
  });
});

for (const ui of INTERFACE_LANGUAGES) {
  test(`${ui}: <html lang> is the interface language, and the head lists the page in every language`, async ({ page, baseURL }) => {
    for (const path of [`/reports/${SEED_SLUG}`, "", `/reports/${SEED_SLUG}/original`]) {
      await page.goto(`/${ui}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", ui);
      const alternates = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => [link.getAttribute("hreflang"), new URL(link.getAttribute("href") ?? "").pathname]));
      expect(alternates.sort()).toEqual([["en", `/en${path}`], ["fr", `/fr${path}`], ["ru", `/ru${path}`], ["x-default", `/fr${path}`]].sort());
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/${ui}${path}`);
    }
  });
}

test("the home page lists the report with each language's progress, as the reader counts it", async ({ page }) => {
  await page.goto("/en");
  await expect(page).toHaveTitle(/Reports/);
  const report = page.locator(`[data-report="${SEED_SLUG}"]`);
  await expect(report.getByRole("heading", { level: 2 })).toHaveAttribute("lang", "fr");
  await expect(report).toContainText("Kazakhstan: a week after the crackdown, Almaty residents are still trying to understand what happened");
  await expect(report).toContainText("France 24, January 2022");
  for (const [language, name] of [["en", "English"], ["ru", "Russian"]] as const) {
    const expected = await expectedCells(SEED_SLUG, language);
    const count = (status: string) => expected.filter((cell) => cell.status === status).length;
    const progress = report.locator(`.progress[data-language="${language}"]`);
    await expect(progress).toContainText(`${name}: ${count("approved")} paragraphs approved of ${expected.length}`);
    await expect(progress).toContainText(`${count("in-review")} in review`);
    await expect(progress).toContainText(`${count("outdated")} outdated`);
  }
  await report.getByRole("link", { name: "Read the original beside the Russian version" }).click();
  await expect(page).toHaveURL(readerPath("en", SEED_SLUG, "fr,ru"));
  await expect(page.locator("[data-paragraph]")).toHaveCount(21);
});
