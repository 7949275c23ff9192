import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newUser } from "./fixtures/factories";
import { decide, newReviewReport, submit } from "./fixtures/review";
import { submitSignIn } from "./fixtures/sign-in";

type AxePage = ConstructorParameters<typeof AxeBuilder>[0]["page"];
async function violations(page: Page) {
  const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(" | ")}`);
}

test.describe.configure({ timeout: 90_000 });

test("a translator signing in from the public home lands on their work: changes requested of them, and the way to the workspace", async ({ page }) => {
  const { slug } = await newReviewReport();
  const translator = await newUser({ roles: [{ role: "translator", language: "en" }] });
  const reviewer = await newUser({ roles: [{ role: "reviewer", language: "en" }] });
  const version = await submit({ slug, paragraphKey: "p-one", language: "en" }, translator, "First paragraph.");
  await decide({ slug, paragraphKey: "p-one", language: "en", actor: reviewer, decision: "request-changes", version, comment: "Say “without”." });

  await page.goto("/en");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await submitSignIn(page, translator);
  await expect(page).toHaveURL("/en/work");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Your work, ${translator.name}`);
  const entry = page.locator(`[data-work="${slug}/en"]`);
  await expect(entry.locator('[data-work-kind="translate"]')).toContainText("1 paragraph with changes requested of you");
  await expect(entry.locator('[data-work-kind="review"]')).toHaveCount(0);
  await entry.getByRole("link", { name: "Translate into English" }).click();
  await expect(page).toHaveURL(`/en/translate/${slug}/en`);
  // the public home stays public: signed in or not, it is the list of reports
  await page.goto("/en");
  await expect(page).toHaveURL("/en");
});

for (const locale of ["fr", "en", "ru"] as const) {
  test(`a reviewer lands on their review queue's count, and the page passes axe, in ${locale}`, async ({ page }) => {
    const { slug } = await newReviewReport();
    const translator = await newUser({ roles: [{ role: "translator", language: "en" }] });
    const reviewer = await newUser({ roles: [{ role: "reviewer", language: "en" }] });
    await submit({ slug, paragraphKey: "p-one", language: "en" }, translator, "First paragraph.");
    await page.goto(`/${locale}/sign-in`);
    await submitSignIn(page, reviewer);
    await expect(page).toHaveURL(`/${locale}/work`);
    const review = page.locator(`[data-work="${slug}/en"] [data-work-kind="review"]`);
    await expect(review).toContainText({ fr: "1 paragraphe en relecture", en: "1 paragraph in review", ru: "1 абзац на проверке" }[locale]);
    expect(await violations(page)).toEqual([]);
  });
}
