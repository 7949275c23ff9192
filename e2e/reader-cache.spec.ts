import { expect, test } from "@playwright/test";
import { decideTranslation } from "../lib/reviews/decide-translation";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { demoActor, e2eDb, newReport, revalidateReader } from "./fixtures/factories";
import { readerPath } from "./fixtures/reader";

test("the reader is served from its cache until the workflow changes what readers see, then at once", async ({ page, request, baseURL }) => {
  const { slug } = await newReport();
  const ref = { slug, paragraphKey: "p-one", language: "en" };
  const cell = page.locator('[data-paragraph="p-one"] > .cell[lang="en"]');
  await page.goto(readerPath("en", slug));
  await expect(cell).toHaveAttribute("data-status", "missing");
  expect((await request.get(readerPath("en", slug))).headers()["x-nextjs-cache"]).toBe("HIT");

  const translator = await demoActor("enTranslator");
  const { version } = await saveTranslation(e2eDb(), { ...ref, actor: translator, text: "First paragraph, with no quotation.", baseVersion: 0 });
  await submitTranslation(e2eDb(), { ...ref, actor: translator });
  await decideTranslation(e2eDb(), { ...ref, actor: await demoActor("enReviewer"), decision: "approve", version });

  // changed behind the app's back: the cached page still says what it said
  await page.reload();
  await expect(cell).toHaveAttribute("data-status", "missing");

  await revalidateReader(baseURL!, slug);
  const started = Date.now();
  await page.reload();
  await expect(cell).toHaveAttribute("data-status", "approved");
  expect(Date.now() - started).toBeLessThan(5_000);
  await expect(cell.locator("> .unit")).toHaveText("First paragraph, with no quotation.");
  await expect(cell.locator(".status")).toContainText("Approved by Olivia Grant");

  // every interface language and the reports list were refreshed too
  await page.goto(readerPath("ru", slug, "fr,en"));
  await expect(cell).toHaveAttribute("data-status", "approved");
  await page.goto("/en");
  await expect(page.locator(`[data-report="${slug}"] .progress[data-language="en"]`)).toContainText("English: 1 paragraph approved of 3");
});

test("only the holder of the revalidation secret can refresh the reader's cache", async ({ request }) => {
  const { slug } = await newReport();
  const attempts: Record<string, string>[] = [{}, { "x-revalidate-secret": "not-the-secret" }];
  for (const headers of attempts) {
    const response = await request.post("/api/revalidate", { headers, data: { slug } });
    expect(response.status()).toBe(403);
  }
});
