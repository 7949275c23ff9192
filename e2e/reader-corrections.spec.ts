import { expect, test } from "@playwright/test";
import { parseReport } from "../lib/content/parse-report";
import { syncReport } from "../lib/content/sync-content";
import { SAMPLE_MDX } from "../lib/testing/fixtures";
import { e2eDb, newUser, revalidateReader } from "./fixtures/factories";
import { readerPath } from "./fixtures/reader";
import { approve, currentVersion, decide, newReviewer, newReviewReport } from "./fixtures/review";
import { SEED_SLUG } from "./fixtures/seed-report";

test("the demo's corrected paragraph: each language edition opens with a notice that links to it, and the corrections are listed with their dates", async ({ page }) => {
  await page.goto(readerPath("en", SEED_SLUG));
  const notice = page.locator(".correction-notice");
  await expect(notice).toContainText(/^⚠ The original was corrected on .+; 1 paragraph of the English translation is being revised\./);
  await expect(notice.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await notice.getByRole("link", { name: "Paragraph 14" }).click();
  await expect(page).toHaveURL(/#p-almaty-tv-losses$/);
  await expect(page.locator('[data-paragraph="p-almaty-tv-losses"] > .cell[lang="en"]')).toHaveAttribute("data-status", "outdated");

  // folded away until asked for, then dated, with what changed, words kept apart
  const corrections = page.locator("section.corrections");
  await expect(corrections.locator("ol")).toBeHidden();
  await corrections.locator("summary").click();
  const entry = corrections.locator('[data-correction="p-almaty-tv-losses"]');
  await expect(entry).toContainText(/: paragraph 14 of the original was corrected\./);
  await expect(entry.locator("del").first()).toContainText("deux techniciens ont");
  await expect(entry.locator("ins").first()).toContainText("un technicien a");
  // a replaced word reads as two words: the review page's spacing between them
  await expect(entry.locator("del + ins").first()).not.toHaveCSS("margin-left", "0px");

  await page.goto(readerPath("ru", SEED_SLUG));
  await expect(page.locator(".correction-notice")).toContainText("1 абзац перевода на русский пересматривается");
  await page.goto(readerPath("fr", SEED_SLUG));
  await expect(page.locator(".correction-notice")).toContainText("1 paragraphe de la traduction anglaise est en cours de révision");
});

test("a correction after publication: the notice appears in each edition, and goes away from one when its paragraph's approval is kept", async ({ page, baseURL }) => {
  const { slug } = await newReviewReport();
  const en = await newReviewer("en");
  const ru = await newReviewer("ru");
  const enTranslator = await newUser({ roles: [{ role: "translator", language: "en" }] });
  const ruTranslator = await newUser({ roles: [{ role: "translator", language: "ru" }] });
  const enRef = { slug, paragraphKey: "p-one", language: "en" as const };
  const ruRef = { slug, paragraphKey: "p-one", language: "ru" as const };
  await approve(enRef, enTranslator, en, "First paragraph, no quotation.");
  await approve(ruRef, ruTranslator, ru, "Первый абзац, без цитаты.");
  await page.goto(readerPath("en", slug));
  await expect(page.locator(".correction-notice")).toHaveCount(0);
  await expect(page.locator("section.corrections")).toHaveCount(0);

  const corrected = SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe, toujours sans citation.");
  await syncReport(e2eDb(), { slug, sourceFile: `test/${slug}.mdx`, report: parseReport(corrected, `${slug}.mdx`), titles: {} });
  await revalidateReader(baseURL!, slug);
  await page.goto(readerPath("en", slug));
  await expect(page.locator(".correction-notice")).toContainText("1 paragraph of the English translation is being revised");
  await expect(page.locator('[data-paragraph="p-one"] > .cell[lang="en"] > .unit')).toHaveText("First paragraph, no quotation.");
  await expect(page.locator("section.corrections [data-correction]")).toHaveCount(1);

  await decide({ ...enRef, actor: en, decision: "keep-approval", version: await currentVersion(enRef), comment: "The added word changes nothing in English." });
  await revalidateReader(baseURL!, slug);
  await page.goto(readerPath("en", slug));
  await expect(page.locator(".correction-notice")).toHaveCount(0);
  // the correction stays on the record
  await expect(page.locator("section.corrections [data-correction]")).toHaveCount(1);
  await page.goto(readerPath("ru", slug));
  await expect(page.locator(".correction-notice")).toContainText("1 абзац перевода на русский пересматривается");
});
